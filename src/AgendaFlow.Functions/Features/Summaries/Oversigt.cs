using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>
/// HTTP GET/POST /api/oversigt/{meeting?}?noegle=KEY: the secretariat's overview page, and the forms to record an
/// answer given by phone, in person or in a mail waiting for manual handling (kept in the history with who recorded
/// it; the waiting case is closed). Protected by the key in
/// <c>AgendaFlow__SecretariatKey</c>; without that setting the page is closed.
/// </summary>
public sealed class Oversigt(
    MeetingStore meetings,
    SecretariatDesk desk,
    IConfiguration configuration,
    TimeProvider clock) : IHttpFunction
{
    private const string Registered = "registreret";
    private const string CaseClosed = "lukket";

    [Function("Oversigt")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "oversigt/{meeting?}")] HttpRequest request, FunctionContext context) =>
        (await RunAsync(await HttpBinding.CallAsync(request, context, context.CancellationToken), context.CancellationToken)).ToActionResult();

    public async Task<HttpAnswer> RunAsync(HttpCall call, CancellationToken cancellationToken)
    {
        var key = configuration["AgendaFlow:SecretariatKey"];
        var given = call.Query.GetValueOrDefault("noegle") ?? call.Headers.GetValueOrDefault("X-AgendaFlow-Key");
        if (string.IsNullOrEmpty(key) || given is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(given)))
        {
            return HttpAnswer.Html(SecretariatPage.Forbidden(), 403);
        }

        var today = CopenhagenTime.DateOf(clock.GetUtcNow());
        if (call.RouteValues.GetValueOrDefault("meeting") is not { Length: > 0 } id)
        {
            var coming = (await meetings.ListAsync(cancellationToken)).Select(m => m.Meeting).Where(m => m.Date >= today);
            return HttpAnswer.Html(SecretariatPage.MeetingList(coming, key, await desk.UnmatchedAsync(cancellationToken)));
        }

        if (await meetings.GetAsync(new MeetingId(id), cancellationToken) is not { } stored)
        {
            return HttpAnswer.Html(RsvpPage.NotFound(), 404);
        }

        var meeting = stored.Meeting;
        if (string.Equals(call.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            var (notice, refused, seatKey, caseClosed) = await desk.RecordAsync(meeting, call.Body, cancellationToken);
            if (refused)
            {
                return HttpAnswer.Html(SecretariatPage.Overview(await desk.OverviewAsync(meeting, cancellationToken), key, notice, isError: true), 400);
            }

            // Post-redirect-get: the page is fetched again, so a refresh does not record the answer twice.
            var query = string.Join("&", call.Query.Where(q => q.Key is not (Registered or CaseClosed)).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}")
                .Append($"{Registered}={Uri.EscapeDataString(seatKey!)}")
                .Concat(caseClosed ? [$"{CaseClosed}=ja"] : []));
            return HttpAnswer.SeeOther($"{call.Url.AbsolutePath}?{query}");
        }

        var overview = await desk.OverviewAsync(meeting, cancellationToken);
        var registered = call.Query.GetValueOrDefault(Registered) is { } seat
            ? overview.Seats.FirstOrDefault(s => string.Equals(s.Member.Key, seat, StringComparison.OrdinalIgnoreCase))
            : null;
        return HttpAnswer.Html(SecretariatPage.Overview(overview, key,
            registered is null ? null : SecretariatDesk.RecordedNotice(registered.Member.Name, call.Query.ContainsKey(CaseClosed))));
    }
}
