using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>
/// HTTP GET/POST /api/oversigt/{meeting?}?noegle=KEY: the secretariat's overview page, and the forms to record an
/// answer given by phone, in person or in a mail waiting for manual handling (kept in the history with who recorded
/// it; the waiting case is closed). Protected by the key in
/// <c>AgendaFlow__SecretariatKey</c> (see <see cref="SecretariatAccess"/>); without that setting the page is closed.
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
        var access = SecretariatAccess.Of(call, key);
        if (!access.Allowed)
        {
            return HttpAnswer.Html(SecretariatPage.Forbidden(), 403);
        }

        if (access.FromLink && SecretariatAccess.ShouldLeaveUrl(call))
        {
            return HttpAnswer.SeeOther(SecretariatAccess.UrlWithoutKey(call)) with { SetCookie = SecretariatAccess.SetCookie(key!) };
        }

        // With the cookie, the page's own links and forms need no key; from a link or header they keep passing it.
        var linkKey = access.FromCookie ? null : key;
        var cookie = access.FromLink ? SecretariatAccess.SetCookie(key!) : null;
        if (call.RouteValues.GetValueOrDefault("meeting") is not { Length: > 0 } id)
        {
            var now = clock.GetUtcNow();
            // From yesterday: a meeting late in the evening may not be over yet; IsOver decides.
            var coming = (await meetings.ListBetweenAsync(CopenhagenTime.DateOf(now).AddDays(-1), null, cancellationToken)).Select(m => m.Meeting).Where(m => !MeetingTimes.IsOver(m, now));
            return HttpAnswer.Html(SecretariatPage.MeetingList(coming, linkKey, await desk.UnmatchedAsync(cancellationToken))) with { SetCookie = cookie };
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
                return HttpAnswer.Html(SecretariatPage.Overview(await desk.OverviewAsync(meeting, cancellationToken), linkKey, notice, isError: true), 400) with { SetCookie = cookie };
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
        return HttpAnswer.Html(SecretariatPage.Overview(overview, linkKey,
            registered is null ? null : SecretariatDesk.RecordedNotice(registered.Member.Name, call.Query.ContainsKey(CaseClosed)))) with { SetCookie = cookie };
    }
}
