using System.Text;
using AgendaFlow.Core.Replies;
using MimeKit;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Builds replies in code, the way mail clients send them.</summary>
internal static class TestMail
{
    static TestMail()
    {
        // The tests write bodies in legacy charsets themselves; MimeKit registers the provider only when it first decodes.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public const string Invitation =
        "Du er inviteret til Klyngestyregruppemøde fredag den 30. august 2019 kl. 10.30-14.00.\n" +
        "Svar venligst på denne mail med \"deltager\" eller \"afbud\". Kan du ikke deltage, så skriv gerne hvem der kommer i stedet.";

    public const string OutlookQuote =
        "Fra: Sekretariatet <dagsorden@region.example>\n" +
        "Sendt: 26. august 2019 10:15\n" +
        "Til: Hanne Roed <hanne.roed@rm.example>\n" +
        "Emne: Indkaldelse: Klyngestyregruppemøde 30. august 2019\n\n" + Invitation;

    /// <summary>An encoding by name, legacy code pages included.</summary>
    public static Encoding Charset(string name) => Encoding.GetEncoding(name);

    public static MimeMessage Reply(string body, string subject = "SV: Indkaldelse: Klyngestyregruppemøde 30. august 2019", string from = "hanne.roed@rm.example")
    {
        var message = Envelope(subject, from);
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    public static MimeMessage HtmlReply(string html, string subject = "SV: Indkaldelse: Klyngestyregruppemøde 30. august 2019")
    {
        var message = Envelope(subject, "hanne.roed@rm.example");
        message.Body = new TextPart("html") { Text = html };
        return message;
    }

    public static MimeMessage Envelope(string subject, string from = "hanne.roed@rm.example")
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Hanne Roed", from));
        message.To.Add(new MailboxAddress("Sekretariatet", "dagsorden+a1b2c3@region.example"));
        message.Subject = subject;
        message.MessageId = "reply.1@rm.example";
        message.InReplyTo = "invitation.1@region.example";
        message.References.Add("invitation.1@region.example");
        return message;
    }

    /// <summary>A raw message in the given charset, so the bytes on the wire are the ones a client in that charset sends.</summary>
    public static MimeMessage Raw(string headersAndBody, string charset = "utf-8")
    {
        var encoding = Charset(charset);
        using var stream = new MemoryStream(encoding.GetBytes(headersAndBody.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)));
        return MimeMessage.Load(stream);
    }

    public static MimeMessage CalendarReply(string partstat, string body = "", string extraAttendeeParameters = "", string extraLines = "")
    {
        var message = Envelope($"{partstat}: Klyngestyregruppemøde", "claus.graversen@rm.example");
        var calendar =
            "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" +
            $"ATTENDEE;PARTSTAT={partstat}{extraAttendeeParameters};CN=\"Claus Graversen\":mailto:claus.graversen@rm.example\r\n" +
            extraLines +
            "UID:meeting-2019-08-30-klynge@agendaflow.example\r\nSEQUENCE:0\r\nDTSTART:20190830T083000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var calendarPart = new TextPart("calendar") { Text = calendar };
        calendarPart.ContentType.Parameters.Add("method", "REPLY");
        calendarPart.ContentTransferEncoding = ContentEncoding.Base64;
        message.Body = new MultipartAlternative { new TextPart("plain") { Text = body }, calendarPart };
        return message;
    }

    public static ReplyInterpretation Interpret(MimeMessage message) => ReplyInterpreter.Interpret(message);

    public static ReplyIntent IntentOf(string body, string subject = "SV: Indkaldelse: Klyngestyregruppemøde 30. august 2019") =>
        ReplyInterpreter.Interpret(Reply(body, subject)).Intent;
}
