using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using MimeKit;

namespace AgendaFlow.Core.Uploads;

/// <summary>
/// The answer a chair gets to an upload: what AgendaFlow understood and who is invited, or, for a file it cannot
/// use, why and what to do. Sent to the blob's <c>uploader</c> address.
/// </summary>
public static class UploadReceiptMail
{
    /// <param name="lastMailAt">When the mail server's sending limits let the last of these mails go; given only when they make mail wait.</param>
    public static MimeMessage Accepted(
        Meeting meeting, int mailsPlanned, string fileName, string uploader, MailSettings settings, DateTimeOffset now, DateTimeOffset? lastMailAt = null)
    {
        var withoutAddress = meeting.Participants.Where(p => string.IsNullOrWhiteSpace(p.Email)).Select(p => p.Name).ToList();
        var what = meeting.IsCancelled
            ? $"Mødet er registreret som aflyst, og {mailsPlanned} deltagere får besked."
            : meeting.Revision == 0
                ? $"{mailsPlanned} deltagere får en personlig invitation med kalenderinvitation."
                : $"Det er version {meeting.Revision + 1} af dagsordenen; {mailsPlanned} deltagere får besked om ændringerne.";
        var text = $"""
            Vi har modtaget {fileName}.

            Møde: {meeting.Title}
            Tid: {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}
            Sted: {meeting.Location ?? "(ikke angivet)"}
            Punkter: {meeting.Items.Count}
            Deltagere: {meeting.Participants.Count}

            {what}
            """;
        if (lastMailAt is { } last)
        {
            var local = Scheduling.CopenhagenTime.ToLocal(last);
            var day = Scheduling.CopenhagenTime.DateOf(last) == Scheduling.CopenhagenTime.DateOf(now) ? "" : $" {DanishText.ShortDate(Scheduling.CopenhagenTime.DateOf(last))}";
            text += $"\n\nMailserveren tager kun et vist antal mails ad gangen, så de sendes i takt. Den sidste forventes sendt ca. kl. {DanishText.Time(TimeOnly.FromDateTime(local.DateTime))}{day}.";
        }

        if (withoutAddress.Count > 0)
        {
            text += $"\n\nDisse deltagere har ingen brugbar e-mailadresse og får ingen invitation: {DanishText.JoinList(withoutAddress)}. " +
                    "Skriv adressen i dagsordenen eller i udvalgets medlemsliste, og upload igen.";
        }

        return Mail($"Dagsorden modtaget: {meeting.Title}, {DanishText.ShortDate(meeting.Date)}", text, uploader, settings, now);
    }

    public static MimeMessage Rejected(string fileName, string reason, string uploader, MailSettings settings, DateTimeOffset now) =>
        Mail(
            $"Dagsordenen kunne ikke bruges: {fileName}",
            $"""
            Vi har modtaget {fileName}, men kan ikke sende den ud:

            {reason}

            Filen er gemt, så intet er gået tabt. Ret dokumentet, og upload det igen.
            """,
            uploader, settings, now);

    private static MimeMessage Mail(string subject, string text, string uploader, MailSettings settings, DateTimeOffset now) =>
        ReceiptMail.To(uploader, subject, text, settings, now);
}
