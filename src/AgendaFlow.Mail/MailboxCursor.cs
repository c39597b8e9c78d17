namespace AgendaFlow.Mail;

/// <summary>
/// How far a mailbox has been read: the highest handled UID, valid only under its UIDVALIDITY.
/// When the server changes UIDVALIDITY (a restored or recreated folder) the old UIDs mean nothing.
/// </summary>
public readonly record struct MailboxCursor(uint UidValidity, uint LastUid)
{
    public static MailboxCursor Start => default;
}
