using AgendaFlow.Core.Invitations;

namespace AgendaFlow.Core.Sending;

/// <summary>
/// Which outgoing mail goes first when the relay's limits make mail wait: what tells participants about a meeting
/// (invitation, updated agenda, cancellation) and the chair's receipt for the upload (which says when the last
/// invitation will be out) before reminders, confirmations and summaries.
/// </summary>
public static class MailPriority
{
    public const int MeetingNotice = 0;
    public const int Other = 1;

    /// <summary>The priority of an outbox mail by its key, which starts with the kind of mail (<c>invitation.r1.…</c>).</summary>
    public static int OfOutboxKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var kind = key.Split('.', 2)[0];
        if (kind is "receipt" or "rejected")
        {
            return MeetingNotice;
        }

        return Enum.TryParse<InvitationKind>(kind, ignoreCase: true, out var parsed) && parsed != InvitationKind.Reminder && !int.TryParse(kind, out _)
            ? MeetingNotice
            : Other;
    }
}
