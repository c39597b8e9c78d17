using AgendaFlow.Core.Invitations;
using MimeKit;

namespace AgendaFlow.Core.Uploads;

/// <summary>
/// The shape every receipt to an uploader shares (agenda or referat): plain text from AgendaFlow to the blob's
/// <c>uploader</c>, marked <c>Auto-Submitted</c> so that an auto-reply does not answer it.
/// </summary>
internal static class ReceiptMail
{
    public static MimeMessage To(string uploader, string subject, string text, MailSettings settings, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = subject, Date = now };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(uploader));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart("plain") { Text = text + "\n\nMed venlig hilsen\nAgendaFlow\n" };
        return message;
    }
}
