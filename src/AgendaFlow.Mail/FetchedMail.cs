using MimeKit;

namespace AgendaFlow.Mail;

/// <summary>One message read from the mailbox, with the UID that moves it later.</summary>
public sealed record FetchedMail(uint Uid, MimeMessage Message);

/// <summary>
/// The messages newer than a cursor. <see cref="UidValidityChanged"/> says the cursor belonged to
/// an older incarnation of the folder, so every message is new again and the caller should rely
/// on its own duplicate check (e.g. Message-ID).
/// </summary>
public sealed record MailboxBatch(uint UidValidity, IReadOnlyList<FetchedMail> Messages, bool UidValidityChanged)
{
    /// <summary>The cursor to store once every message of the batch is handled.</summary>
    public MailboxCursor Cursor(MailboxCursor previous) => Messages.Count == 0
        ? new MailboxCursor(UidValidity, UidValidityChanged ? 0 : previous.LastUid)
        : new MailboxCursor(UidValidity, Messages.Max(m => m.Uid));
}
