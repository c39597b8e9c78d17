using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// Stores a meeting as its next revision and puts the mails its plan calls for into the outbox, then sends them.
/// Every step can be repeated: the revision is keyed by the upload's content, and each mail by participant, kind
/// and revision.
/// </summary>
public sealed class InvitationSender(
    MeetingStore meetings,
    OutboxDispatcher dispatcher,
    AgendaFlowOptions options,
    TimeProvider clock,
    ILogger<InvitationSender> logger)
{
    /// <summary>Above this the agenda is not attached; participants get it from the chair's usual channel.</summary>
    public const int MaxAttachmentBytes = 5 * 1024 * 1024;

    /// <summary>
    /// A stand-in named for <paramref name="member"/> is added to the meeting's addressees (not its seats: they fill
    /// the member's) and gets an invitation that says whom they replace; the member is told the stand-in was invited.
    /// </summary>
    public async Task InviteStandInAsync(MeetingId meetingId, Invitee member, Invitee standIn, CancellationToken cancellationToken)
    {
        var meeting = await meetings.AddParticipantAsync(meetingId, standIn, cancellationToken);
        if (meeting is null || string.IsNullOrWhiteSpace(standIn.Email))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var token = await meetings.TokenForAsync(meeting.Id, standIn, cancellationToken);
        var planned = new PlannedMail(standIn, InvitationKind.Invitation, []);
        var invitation = InvitationMail.Render(new Invitation(meeting, standIn, token, InvitationKind.Invitation, [], []) { Replaces = member }, options.Mail, now);
        List<(string, MimeKit.MimeMessage)> mails = [(planned.Key(meeting), invitation)];
        if (member.Email is not null)
        {
            mails.Add(($"standin.invited.{Invitation.ParticipantDigest(member)}.{Invitation.ParticipantDigest(standIn)}",
                StandInNotice.Invited(meeting, member, standIn, options.Mail, now)));
        }

        await dispatcher.EnqueueAndSendAsync(meeting.Id.Value, mails, cancellationToken);
        logger.LogInformation("Meeting {MeetingId}: stand-in invited, and the member told", meeting.Id);
    }

    /// <summary>Returns the meeting as stored (with its revision) and how many mails its plan called for.</summary>
    public async Task<(Meeting Current, int Planned)> SendAsync(
        Meeting meeting, string contentHash, string sourceBlob, InvitationAttachment? agendaFile, CancellationToken cancellationToken)
    {
        var (previous, current) = await meetings.SaveRevisionAsync(meeting, contentHash, sourceBlob, cancellationToken);
        var attachments = agendaFile is { Content.Length: <= MaxAttachmentBytes } file ? new[] { file } : [];
        var plan = InvitationPlan.For(previous, current);
        await EnqueueAndSendAsync(current, plan, attachments, cancellationToken);
        return (current, plan.Count);
    }

    private async Task<int> EnqueueAndSendAsync(
        Meeting current, IReadOnlyList<PlannedMail> plan, IReadOnlyList<InvitationAttachment> attachments, CancellationToken cancellationToken)
    {
        // Tokens and outbox rows are written in table transactions of up to 100: a 500-person meeting was 3,000
        // single round trips here before.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var tokens = await meetings.TokensForAsync(current.Id, plan.Select(p => p.Invitee).ToList(), cancellationToken);
        var tokensTook = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var messages = plan.Select(planned =>
        {
            var invitation = new Invitation(current, planned.Invitee, tokens[planned.Invitee.Key], planned.Kind, planned.Changes,
                planned.Kind == InvitationKind.Cancellation ? [] : attachments);
            return (planned.Key(current), InvitationMail.Render(invitation, options.Mail, clock.GetUtcNow()));
        }).ToList();

        // Said before sending, which can take as long as the relay does: the meeting is stored from here on.
        logger.LogInformation("Meeting {MeetingId} revision {Revision}: {Planned} mail(s) rendered for the outbox ({TokensMs} ms for the reply tokens, {RenderMs} ms in all)",
            current.Id, current.Revision, messages.Count, (int)tokensTook.TotalMilliseconds, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var enqueued = await dispatcher.EnqueueAndSendAsync(current.Id.Value, messages, cancellationToken);

        // Anything else due, e.g. this meeting's mail left over from a run that stopped before sending.
        await dispatcher.TrySendNowAsync(cancellationToken);

        return enqueued;
    }
}
