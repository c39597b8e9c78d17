using System.Text;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using MimeKit;

namespace AgendaFlow.Core.Invitations;

/// <summary>
/// Renders an invitation as the mail the participant gets: Danish text and HTML, the calendar invitation, and the
/// attachments. Everything taken from the agenda is HTML-encoded in the HTML part.
/// </summary>
public static class InvitationMail
{
    public const string AttendingAnswer = "deltager";
    public const string AbsentAnswer = "afbud";
    public const string SubstituteAnswer = "stedfortraeder";

    public static MimeMessage Render(Invitation invitation, MailSettings settings, DateTimeOffset now)
    {
        var meeting = invitation.Meeting;
        var message = new MimeMessage
        {
            Subject = Subject(invitation),
            MessageId = invitation.MessageId(settings),
            Date = now,
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(invitation.Invitee.Name,
            invitation.Invitee.Email ?? throw new InvalidOperationException($"{invitation.Invitee.Name} has no e-mail address to invite.")));
        message.ReplyTo.Add(new MailboxAddress(settings.FromName, settings.ReplyAddress(invitation.Token)));
        message.Headers.Add("X-AgendaFlow-Meeting", meeting.Id.Value);

        var calendar = new TextPart("calendar") { Text = CalendarInvite.Render(meeting, invitation.Invitee, invitation.Kind, settings, now) };
        calendar.ContentType.Parameters.Add("method", invitation.Kind == InvitationKind.Cancellation ? "CANCEL" : "REQUEST");
        calendar.ContentType.Charset = "utf-8";
        calendar.ContentTransferEncoding = ContentEncoding.Base64;

        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = PlainText(invitation, settings) },
            new TextPart("html") { Text = Html(invitation, settings) },
        };
        if (invitation.Kind != InvitationKind.Reminder)
        {
            alternative.Add(calendar);
        }

        foreach (var part in alternative.OfType<TextPart>().Where(p => !p.ContentType.IsMimeType("text", "calendar")))
        {
            part.ContentType.Charset = "utf-8";
        }

        if (invitation.Attachments.Count == 0)
        {
            message.Body = alternative;
            return message;
        }

        var mixed = new Multipart("mixed") { alternative };
        foreach (var file in invitation.Attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(AttachmentTypes.Of(file.FileName, file.ContentType)))
            {
                Content = new MimeContent(new MemoryStream(file.Content.ToArray())),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            });
        }

        message.Body = mixed;
        return message;
    }

    public static string Subject(Invitation invitation)
    {
        var meeting = invitation.Meeting;
        var what = $"{meeting.Title}, {DanishText.ShortDate(meeting.Date)}";
        return invitation.Kind switch
        {
            InvitationKind.Invitation => $"Indkaldelse: {what}",
            InvitationKind.Update => $"Opdateret dagsorden: {what}",
            InvitationKind.Reminder => $"Påmindelse: {what}",
            _ => $"Aflyst: {what}",
        };
    }

    private static string Opening(Invitation invitation) => invitation.Kind switch
    {
        InvitationKind.Invitation when invitation.Replaces is { } member =>
            $"Du er inviteret som stedfortræder for {member.Name} til møde i {invitation.Meeting.Title}. {member.Name} har meldt afbud og sender dig i stedet.",
        InvitationKind.Invitation => $"Du er inviteret til møde i {invitation.Meeting.Title}.",
        InvitationKind.Update => $"Dagsordenen til mødet i {invitation.Meeting.Title} er opdateret.",
        InvitationKind.Reminder => $"Vi mangler dit svar til mødet i {invitation.Meeting.Title}. Svar gerne, også hvis du ikke kan komme.",
        _ when invitation.Meeting.IsCancelled => $"Mødet i {invitation.Meeting.Title} er aflyst.",
        _ => $"Du er ikke længere inviteret til mødet i {invitation.Meeting.Title}.",
    };

    private static string PlainText(Invitation invitation, MailSettings settings)
    {
        var meeting = invitation.Meeting;
        var text = new StringBuilder();
        text.AppendLine($"Kære {invitation.Invitee.Name}").AppendLine();
        text.AppendLine(Opening(invitation)).AppendLine();
        text.AppendLine($"Tid: {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}");
        if (meeting.Location is not null)
        {
            text.AppendLine($"Sted: {meeting.Location}");
        }

        if (invitation.Changes.Count > 0)
        {
            text.AppendLine().AppendLine("Ændringer");
            foreach (var change in invitation.Changes)
            {
                text.AppendLine($"- {change}");
            }
        }

        if (invitation.Kind == InvitationKind.Cancellation)
        {
            return text.AppendLine().AppendLine("Mødet er fjernet fra din kalender, hvis din kalender understøtter det.").ToString();
        }

        if (meeting.Items.Count > 0)
        {
            text.AppendLine().AppendLine("Dagsorden").Append(InvitationAgenda.PlainText(meeting));
        }

        text.AppendLine().AppendLine("Sådan svarer du");
        text.AppendLine("Svar på denne mail med \"Deltager\" eller \"Afbud\". Sender du en stedfortræder, så skriv navn og e-mailadresse,");
        text.AppendLine("fx \"Min stedfortræder er Anne Hansen, anne.hansen@kommune.dk\". Du kan også svare i din kalender eller bruge et link:");
        foreach (var (label, answer) in Answers)
        {
            text.AppendLine($"{label}: {settings.RsvpLink(invitation.Token, answer)}");
        }

        return text.AppendLine().AppendLine("Med venlig hilsen").AppendLine($"Sekretariatet for {meeting.Title}").ToString();
    }

    private static readonly (string Label, string Answer)[] Answers =
    [
        ("Jeg deltager", AttendingAnswer),
        ("Jeg melder afbud", AbsentAnswer),
        ("Jeg sender en stedfortræder", SubstituteAnswer),
    ];

    private static string Html(Invitation invitation, MailSettings settings)
    {
        static string E(string text) => HtmlText.Encode(text);
        var meeting = invitation.Meeting;
        var html = new StringBuilder();
        // Narrow mail viewers (390 px phones): Danish hyphenation for long compounds, and tables that never push the body wider.
        html.Append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{E(Subject(invitation))}</title>\n")
            .Append("<style>body{font-family:Segoe UI,Arial,sans-serif;color:#1a1a1a;line-height:1.5;max-width:40em;overflow-wrap:break-word;-webkit-hyphens:auto;hyphens:auto}")
            .Append("table{border-collapse:collapse;max-width:100%}th,td{text-align:left;padding:.25em .75em .25em 0;vertical-align:top}")
            .Append(InvitationAgenda.Style)
            .Append("a.svar{display:inline-block;margin:.25em .5em .25em 0;padding:.5em 1em;border-radius:4px;background:#0b4f8a;color:#fff;text-decoration:none}")
            .Append("</style>\n</head>\n<body>\n<main>\n")
            .Append($"<h1>{E(meeting.Title)}</h1>\n")
            .Append($"<p>Kære {E(invitation.Invitee.Name)}</p>\n<p>{E(Opening(invitation))}</p>\n")
            .Append("<table>\n")
            .Append($"<tr><th scope=\"row\">Tid</th><td>{E(DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End))}</td></tr>\n");
        if (meeting.Location is not null)
        {
            html.Append($"<tr><th scope=\"row\">Sted</th><td>{E(meeting.Location)}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (invitation.Changes.Count > 0)
        {
            html.Append("<h2>Ændringer</h2>\n<ul>\n");
            foreach (var change in invitation.Changes)
            {
                html.Append($"<li>{E(change)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (invitation.Kind != InvitationKind.Cancellation)
        {
            if (meeting.Items.Count > 0)
            {
                html.Append("<h2>Dagsorden</h2>\n").Append(InvitationAgenda.Html(meeting));
            }

            html.Append("<h2>Sådan svarer du</h2>\n")
                .Append("<p>Svar på denne mail med »Deltager« eller »Afbud«. Sender du en stedfortræder, så skriv navn og e-mailadresse. ")
                .Append("Du kan også svare i din kalender eller bruge en knap:</p>\n<p>");
            foreach (var (label, answer) in Answers)
            {
                html.Append($"<a class=\"svar\" href=\"{E(settings.RsvpLink(invitation.Token, answer).AbsoluteUri)}\">{E(label)}</a>");
            }

            html.Append("</p>\n");
        }

        html.Append($"<p>Med venlig hilsen<br>\nSekretariatet for {E(meeting.Title)}</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
