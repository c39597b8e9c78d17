using AgendaFlow.Core.Input;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Invitations;

/// <summary>One mail the plan says a participant should get for the current revision.</summary>
public sealed record PlannedMail(Invitee Invitee, InvitationKind Kind, IReadOnlyList<string> Changes)
{
    /// <summary>
    /// The outbox key: the same participant, kind and revision is the same mail, so planning twice (a re-run, a
    /// second delivery of the blob event) never sends twice.
    /// </summary>
    public string Key(Meeting meeting) =>
        $"{Kind.ToString().ToLowerInvariant()}.r{meeting.Revision}.{Invitation.ParticipantDigest(Invitee)}";
}

/// <summary>
/// Who gets which mail when a meeting is stored: everyone an invitation the first time; after a change, an
/// "Opdateret dagsorden" to those already invited, a first invitation to those added, and a cancellation to those
/// removed; everyone a cancellation when the meeting is cancelled. Participants without an address are left out
/// here and shown to the secretariat instead.
/// </summary>
public static class InvitationPlan
{
    public static IReadOnlyList<PlannedMail> For(Meeting? previous, Meeting current)
    {
        var plan = new List<PlannedMail>();
        if (current.IsCancelled)
        {
            plan.AddRange(Reachable(current.Participants).Select(p => new PlannedMail(p, InvitationKind.Cancellation, [])));
            return plan;
        }

        if (previous is null)
        {
            plan.AddRange(Reachable(current.Participants).Select(p => new PlannedMail(p, InvitationKind.Invitation, [])));
            return plan;
        }

        var before = previous.Participants.Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = current.Participants.Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var changes = MeetingChanges.Between(previous, current);
        foreach (var participant in Reachable(current.Participants))
        {
            if (!before.Contains(participant.Key))
            {
                plan.Add(new PlannedMail(participant, InvitationKind.Invitation, []));
            }
            else if (changes.Count > 0)
            {
                plan.Add(new PlannedMail(participant, InvitationKind.Update, changes));
            }
        }

        plan.AddRange(Reachable(previous.Participants)
            .Where(p => !now.Contains(p.Key))
            .Select(p => new PlannedMail(p, InvitationKind.Cancellation, [])));
        return plan;
    }

    /// <summary>
    /// Those with an address that is exactly one mailbox. A meeting stored before addresses were checked at the
    /// edge may hold one that is not; that participant is skipped, so one bad entry never blocks the rest.
    /// </summary>
    public static IEnumerable<Invitee> Reachable(IEnumerable<Invitee> participants) =>
        participants.Where(p => ParticipantAddress.TryCreate(p.Email) is not null);
}
