using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using System.Net.Mail;
using System.Web;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Rsvp;

/// <summary>
/// HTTP GET/POST /api/rsvp/{token}: the one-click answers from the invitation. GET shows the participant a button
/// (link scanners open links, people press buttons); POST records the answer in the meeting's history.
/// </summary>
public sealed class Rsvp(
    MeetingStore meetings,
    AttendanceStore attendance,
    InvitationSender invitations,
    TimeProvider clock,
    ILogger<Rsvp> logger) : IHttpFunction
{
    [Function("Rsvp")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "rsvp/{token}")] HttpRequest request, FunctionContext context) =>
        (await RunAsync(await HttpBinding.CallAsync(request, context, context.CancellationToken), context.CancellationToken)).ToActionResult();

    public async Task<HttpAnswer> RunAsync(HttpCall call, CancellationToken cancellationToken)
    {
        if (!ReplyToken.TryParse(call.RouteValues.GetValueOrDefault("token"), out var token)
            || await meetings.FindTokenAsync(token, cancellationToken) is not { } owner
            || await meetings.GetAsync(owner.MeetingId, cancellationToken) is not { } stored
            || stored.Meeting.Participants.FirstOrDefault(p => string.Equals(p.Key, owner.ParticipantKey, StringComparison.OrdinalIgnoreCase)) is not { } participant)
        {
            return HttpAnswer.Html(RsvpPage.NotFound(), 404);
        }

        var meeting = stored.Meeting;
        if (meeting.IsCancelled)
        {
            return HttpAnswer.Html(RsvpPage.Closed(meeting, "Mødet er aflyst, så der er ikke noget at svare på."));
        }

        if (meeting.Date < Core.Scheduling.CopenhagenTime.DateOf(clock.GetUtcNow()))
        {
            return HttpAnswer.Html(RsvpPage.Closed(meeting, "Mødet er afholdt, og der kan ikke længere svares."));
        }

        var history = await attendance.HistoryAsync(meeting.Id, cancellationToken);
        var current = AttendanceOverview.Of(meeting, history).Rows.First(r => r.Invitee.Key == participant.Key).Status;
        if (!string.Equals(call.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return HttpAnswer.Html(RsvpPage.Confirm(meeting, participant, call.Query.GetValueOrDefault("svar"), current));
        }

        var form = HttpUtility.ParseQueryString(call.Body);
        var answer = form["svar"];
        if (RsvpPage.StatusOf(answer) is not { } status)
        {
            return HttpAnswer.Html(RsvpPage.Confirm(meeting, participant, null, current, "Vælg et af svarene herunder."), 400);
        }

        Invitee? standIn = null;
        if (status == AttendanceStatus.Substitute)
        {
            var name = form["navn"]?.Trim();
            var email = form["email"]?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                return HttpAnswer.Html(RsvpPage.Confirm(meeting, participant, answer, current, "Skriv stedfortræderens navn."), 400);
            }

            if (!string.IsNullOrEmpty(email) && !MailAddress.TryCreate(email, out _))
            {
                return HttpAnswer.Html(RsvpPage.Confirm(meeting, participant, answer, current, $"»{email}« er ikke en e-mailadresse."), 400);
            }

            standIn = new Invitee(name, string.IsNullOrEmpty(email) ? null : email, Role: "stedfortræder");
        }

        var now = clock.GetUtcNow();
        await attendance.AppendAsync(meeting.Id,
            new AttendanceAnswer(participant.Key, status, now, AnswerChannel.Link, $"link:{token.Value}:{Guid.NewGuid():N}", standIn),
            cancellationToken);
        logger.LogInformation("Meeting {MeetingId}: {Status} recorded by link", meeting.Id, status);
        if (standIn is not null)
        {
            await invitations.InviteStandInAsync(meeting.Id, standIn, cancellationToken);
        }

        return HttpAnswer.Html(RsvpPage.Recorded(meeting, status, standIn));
    }
}
