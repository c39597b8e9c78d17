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
    Outbox outbox,
    OutboxDispatcher dispatcher,
    AgendaFlowOptions options,
    TimeProvider clock,
    ILogger<InvitationSender> logger)
{
    /// <summary>Above this the agenda is not attached; participants get it from the chair's usual channel.</summary>
    public const int MaxAttachmentBytes = 5 * 1024 * 1024;

    /// <summary>A stand-in named in a reply becomes a participant of the meeting and gets an invitation of their own.</summary>
    public async Task InviteStandInAsync(MeetingId meetingId, Invitee standIn, CancellationToken cancellationToken)
    {
        var meeting = await meetings.AddParticipantAsync(meetingId, standIn, cancellationToken);
        if (meeting is null || string.IsNullOrWhiteSpace(standIn.Email))
        {
            return;
        }

        await EnqueueAndSendAsync(meeting, [new PlannedMail(standIn, InvitationKind.Invitation, [])], [], cancellationToken);
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
        var enqueued = 0;
        // Each mail is a few storage round trips; eight at a time keeps a 500-person meeting to seconds.
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (planned, ct) =>
        {
            var token = await meetings.TokenForAsync(current.Id, planned.Invitee, ct);
            var invitation = new Invitation(current, planned.Invitee, token, planned.Kind, planned.Changes,
                planned.Kind == InvitationKind.Cancellation ? [] : attachments);
            var message = InvitationMail.Render(invitation, options.Mail, clock.GetUtcNow());
            if (await outbox.EnqueueAsync(current.Id.Value, planned.Key(current), message, clock.GetUtcNow(), ct))
            {
                Interlocked.Increment(ref enqueued);
            }
        });

        logger.LogInformation("Meeting {MeetingId} revision {Revision}: {Enqueued} mail(s) put in the outbox", current.Id, current.Revision, enqueued);
        await dispatcher.TrySendNowAsync(cancellationToken);

        return enqueued;
    }
}
