using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using MimeKit;

namespace AgendaFlow.Core.Referater;

/// <summary>Mails around the referat: the draft to the minute-taker and secretariat, and the notice that it is out.</summary>
public static class ReferatNoticeMail
{
    public static MimeMessage Published(Meeting meeting, Invitee participant, Uri page, bool corrected, MailSettings settings, DateTimeOffset now)
    {
        var message = Mail(
            $"{(corrected ? "Rettet referat" : "Referat")}: {meeting.Title}, {DanishText.ShortDate(meeting.Date)}",
            $"""
            Kære {participant.Name}

            Referatet fra mødet i {meeting.Title} {DanishText.LongDate(meeting.Date)} er {(corrected ? "rettet og offentliggjort igen" : "offentliggjort")}:

            {page.AbsoluteUri}
            """,
            new MailboxAddress(participant.Name, participant.Email ?? throw new ArgumentException("The participant has no address.", nameof(participant))), settings, now);
        message.Headers.Add("X-AgendaFlow-Meeting", meeting.Id.Value);
        return message;
    }

    public static MimeMessage Draft(Meeting meeting, IEnumerable<string> recipients, string markdownName, byte[] markdown, string wordName, byte[] word, MailSettings settings, DateTimeOffset now)
    {
        var body = new BodyBuilder
        {
            TextBody = $"""
                Mødet i {meeting.Title} {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)} er afholdt.

                Her er et udkast til referatet med fremmødet udfyldt efter de svar, der er kommet. Skriv beslutningerne ind,
                tjek fremmødet, skriv "Godkendt: ja" (eller datoen for godkendelsen) øverst, og upload referatet til
                udvalgets mappe som en dagsorden. Så offentliggøres det ved næste kørsel.

                Med venlig hilsen
                AgendaFlow
                """,
        };
        body.Attachments.Add(markdownName, markdown, new ContentType("text", "markdown") { Charset = "utf-8" });
        body.Attachments.Add(wordName, word, ContentType.Parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        var message = new MimeMessage { Subject = $"Udkast til referat: {meeting.Title}, {DanishText.ShortDate(meeting.Date)}", Date = now };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        foreach (var to in recipients.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-AgendaFlow-Meeting", meeting.Id.Value);
        message.Body = body.ToMessageBody();
        return message;
    }

    private static MimeMessage Mail(string subject, string text, MailboxAddress to, MailSettings settings, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = subject, Date = now };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(to);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart("plain") { Text = text + "\nMed venlig hilsen\nAgendaFlow\n" };
        return message;
    }
}
