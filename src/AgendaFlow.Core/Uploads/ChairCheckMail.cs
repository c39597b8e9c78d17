using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using MimeKit;

namespace AgendaFlow.Core.Uploads;

/// <summary>
/// The receipt for an upload held for the chair's check: what was understood, what is uncertain, and the personal
/// link to the page where the chair corrects it and sends the invitations.
/// </summary>
public static class ChairCheckMail
{
    public const string Subject = "Tjek dagsordenen før udsendelse";

    public static Uri PageLink(MailSettings settings, ReplyToken token) =>
        new($"{settings.PublicBaseUrl.AbsoluteUri.TrimEnd('/')}/api/tjek/{token.Value}");

    public static MimeMessage Render(
        Meeting meeting, ChairCheckDecision decision, string fileName, string chair, ReplyToken token, MailSettings settings, DateTimeOffset now)
    {
        var participants = string.Join("\n", meeting.Participants.Select(p => $"  - {p.Name}{(p.Email is null ? " (ingen e-mailadresse)" : $" <{p.Email}>")}"));
        var uncertain = decision.IsUnsure
            ? "AgendaFlow er usikker på: " + DanishText.JoinList(ChairCheckPage.UnsureList(decision)) + "."
            : "AgendaFlow er ikke usikker på noget, men udvalget tjekker altid dagsordenen før udsendelse.";
        var text = $"""
            Vi har modtaget {fileName}. Ingen invitationer er sendt endnu.

            {uncertain}

            Sådan har vi forstået dagsordenen:
            Møde: {meeting.Title}
            Dato og tid: {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}
            Sted: {meeting.Location ?? "(ikke angivet)"}
            Punkter: {meeting.Items.Count}
            Deltagere ({meeting.Participants.Count}):
            {participants}

            Tjek og ret det på denne side, og tryk "Send invitationerne":
            {PageLink(settings, token)}

            Linket er personligt; del det ikke. Du kan også rette dokumentet og uploade det igen.
            """;
        var message = new MimeMessage { Subject = $"{Subject}: {meeting.Title}", Date = now };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(chair));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart("plain") { Text = text + "\n\nMed venlig hilsen\nAgendaFlow\n" };
        return message;
    }
}
