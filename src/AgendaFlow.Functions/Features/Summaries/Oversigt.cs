using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>
/// HTTP GET/POST /api/oversigt/{meeting?}?noegle=KEY: the secretariat's overview page, and the form to record an
/// answer given by phone or in person (kept in the history with who recorded it). Protected by the key in
/// <c>AgendaFlow__SecretariatKey</c>; without that setting the page is closed.
/// </summary>
public sealed class Oversigt(
    MeetingStore meetings,
    AttendanceStore attendance,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<Oversigt> logger) : IHttpFunction
{
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
            return HttpAnswer.Html(SecretariatPage.MeetingList(coming, key));
        }

        if (await meetings.GetAsync(new MeetingId(id), cancellationToken) is not { } stored)
        {
            return HttpAnswer.Html(RsvpPage.NotFound(), 404);
        }

        var meeting = stored.Meeting;
        string? notice = null;
        if (string.Equals(call.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            var form = HttpUtility.ParseQueryString(call.Body);
            var participant = meeting.Participants.FirstOrDefault(p => p.Key == form["deltager"]);
            var by = form["af"]?.Trim();
            if (participant is null || !Enum.TryParse<AttendanceStatus>(form["svar"], out var status) || status is AttendanceStatus.NoAnswer or AttendanceStatus.Undeliverable || string.IsNullOrEmpty(by))
            {
                notice = "Svaret blev ikke registreret: vælg deltager og svar, og skriv dit navn.";
            }
            else
            {
                var standIn = status == AttendanceStatus.Substitute && form["stedfortraeder"]?.Trim() is { Length: > 0 } name ? new Invitee(name, null, Role: "stedfortræder") : null;
                await attendance.AppendAsync(meeting.Id,
                    new AttendanceAnswer(participant.Key, status, clock.GetUtcNow(), AnswerChannel.Secretariat, $"sekretariat:{Guid.NewGuid():N}", standIn, by),
                    cancellationToken);
                logger.LogInformation("Meeting {MeetingId}: {Status} recorded by the secretariat", meeting.Id, status);
                notice = $"Svaret for {participant.Name} er registreret.";
            }
        }

        var overview = AttendanceOverview.Of(meeting, await attendance.HistoryAsync(meeting.Id, cancellationToken));
        return HttpAnswer.Html(SecretariatPage.Overview(overview, QuorumRule.MoreThanHalf, key, notice), notice?.StartsWith("Svaret blev ikke", StringComparison.Ordinal) == true ? 400 : 200);
    }
}
