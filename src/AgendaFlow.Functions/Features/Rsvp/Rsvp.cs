using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
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
    Summaries.AttendanceReader reader,
    StandInFollowUp standIns,
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
        if (await PersonalLink.FindAsync(call, ParticipantAsync, cancellationToken) is not (var token, (var meeting, var participant)))
        {
            return PersonalLink.Unknown(RsvpPage.NotFound());
        }

        if (meeting.IsCancelled)
        {
            return HttpAnswer.Html(RsvpPage.Closed(meeting, "Mødet er aflyst, så der er ikke noget at svare på."));
        }

        if (MeetingTimes.IsOver(meeting, clock.GetUtcNow()))
        {
            return HttpAnswer.Html(RsvpPage.Closed(meeting, "Mødet er afholdt, og der kan ikke længere svares."));
        }

        var overview = await reader.ReadAsync(meeting, cancellationToken);
        var current = overview.LatestAnswerOf(participant.Key)?.Status ?? AttendanceStatus.NoAnswer;
        // A stand-in answers for the seat they fill: the page says whose, and offers no stand-in of their own.
        var replaces = participant.Role == SeatRoles.StandIn ? overview.SeatFilledBy(participant)?.Member : null;
        if (!string.Equals(call.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            // After a POST the browser is sent here (post-redirect-get): a refresh shows the answer again, it does not send it again.
            if (call.Query.ContainsKey(RsvpPage.RecordedQuery.Split('=')[0]) && overview.LatestAnswerOf(participant.Key) is { } latest)
            {
                return HttpAnswer.Html(RsvpPage.Recorded(meeting, latest.Status, latest.StandIn, replaces));
            }

            return HttpAnswer.Html(RsvpPage.Confirm(meeting, participant, call.Query.GetValueOrDefault("svar"), current, replaces: replaces));
        }

        var form = HttpUtility.ParseQueryString(call.Body);
        var answer = form["svar"];
        if (RsvpPage.StatusOf(answer) is not { } status || (replaces is not null && status == AttendanceStatus.Substitute))
        {
            return HttpAnswer.Html(RsvpPage.Confirm(meeting, participant, null, current, "Svaret blev ikke registreret: feltet »svar« har en værdi, siden ikke kender. Vælg et af svarene herunder.", replaces), 400);
        }

        Invitee? standIn = null;
        if (status == AttendanceStatus.Substitute)
        {
            var name = form["navn"]?.Trim();
            var email = form["email"]?.Trim();
            var typed = new Dictionary<string, string?> { ["navn"] = name, ["email"] = email };
            if (string.IsNullOrEmpty(name))
            {
                return HttpAnswer.Html(RsvpPage.Confirm(meeting, participant, answer, current, "Skriv stedfortræderens navn.", replaces, "navn", typed), 400);
            }

            // Outside text becomes a name or an address only through the edge types: one line, one mailbox.
            HttpAnswer Refused(Core.Input.InputRefusal refusal, string field) => HttpAnswer.Html(
                RsvpPage.Confirm(meeting, participant, answer, current, $"Stedfortræderens {refusal.Field.ToLowerInvariant()}: {refusal.Reason}", replaces, field, typed), 400);
            if (!Core.Input.PersonName.TryCreate(name, out var standInName, out var refusal))
            {
                return Refused(refusal!, "navn");
            }

            if (!string.IsNullOrEmpty(email) && !Core.Input.ParticipantAddress.TryCreate(email, out _, out refusal))
            {
                return Refused(refusal!, "email");
            }

            name = standInName.Value;
            email = Core.Input.ParticipantAddress.TryCreate(email)?.Value;
            standIn = new Invitee(name, string.IsNullOrEmpty(email) ? null : email, Role: SeatRoles.StandIn);
        }

        var now = clock.GetUtcNow();
        var evidence = $"link:{token.Value}:{Guid.NewGuid():N}";
        await attendance.AppendAsync(meeting.Id, new AttendanceAnswer(participant.Key, status, now, AnswerChannel.Link, evidence, standIn), cancellationToken);
        logger.LogInformation("Meeting {MeetingId}: {Status} recorded by link", meeting.Id, status);
        if (standIn is not null)
        {
            await invitations.InviteStandInAsync(meeting.Id, participant, standIn, cancellationToken);
        }

        await standIns.AfterAnswerAsync(meeting, participant, status, evidence, cancellationToken);
        return HttpAnswer.SeeOther($"{call.Url.AbsolutePath}?{RsvpPage.RecordedQuery}");
    }

    private sealed record LinkedParticipant(Meeting Meeting, Invitee Participant);

    /// <summary>The meeting and participant a personal token was made for.</summary>
    private async Task<LinkedParticipant?> ParticipantAsync(ReplyToken token, CancellationToken cancellationToken) =>
        await meetings.FindTokenAsync(token, cancellationToken) is { } owner
        && await meetings.GetAsync(owner.MeetingId, cancellationToken) is { } stored
        && Core.Replies.ReplyMatch.TokenOwner(stored.Meeting, owner.ParticipantKey) is { } participant
            ? new LinkedParticipant(stored.Meeting, participant)
            : null;
}
