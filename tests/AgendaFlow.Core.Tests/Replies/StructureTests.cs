using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Replies as real clients structure them: Outlook desktop and web HTML, attachments, folded reports.</summary>
public class StructureTests
{
    [Fact]
    public void An_outlook_desktop_html_reply_in_windows_1252_is_read_without_its_quote()
    {
        var html =
            "<html><head><style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=DA><div class=WordSection1>" +
            "<p class=MsoNormal>Hej<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>" +
            "<p class=MsoNormal>Jeg må desværre melde afbud.<o:p></o:p></p>" +
            "<p class=MsoNormal>Med venlig hilsen<o:p></o:p></p><p class=MsoNormal>Specialkonsulent, deltager i styregruppen<o:p></o:p></p>" +
            "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>Fra:</b> Sekretariatet &lt;dagsorden@region.example&gt; <br>" +
            "<b>Sendt:</b> 26. august 2019 10:15<br><b>Til:</b> Test<br><b>Emne:</b> Indkaldelse<o:p></o:p></p></div></div>" +
            "<p class=MsoNormal>Svar venligst med \"deltager\".</p></div></body></html>";
        var base64 = Convert.ToBase64String(TestMail.Charset("windows-1252").GetBytes(html));
        var raw =
            "From: a@rm.example\nSubject: SV: Indkaldelse\nMIME-Version: 1.0\n" +
            $"Content-Type: text/html; charset=\"windows-1252\"\nContent-Transfer-Encoding: base64\n\n{base64}\n";

        var reply = TestMail.Interpret(TestMail.Raw(raw, "us-ascii"));

        Assert.Equal(ReplyIntent.Absent, reply.Intent);
        Assert.Equal("Jeg må desværre melde afbud.", reply.Evidence);
    }

    [Fact]
    public void An_outlook_web_reply_names_its_stand_in_with_address()
    {
        var html =
            "<html><body><div dir=\"ltr\"><div>Min stedfortræder Jens Peter Mølgaard (jpm@rm.example) deltager i stedet for mig.</div>" +
            "<div id=\"Signature\"><p>Mvh Test</p></div><hr style=\"display:inline-block;width:98%\">" +
            "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>Fra:</b> Sekretariatet<br><b>Sendt:</b> 26. august 2019</div>" +
            "<div>Kan du ikke deltage, så skriv hvem der kommer i stedet. Afbud: Ole Hansen deltager i stedet.</div></div></body></html>";

        var reply = TestMail.Interpret(TestMail.HtmlReply(html));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal(new Substitute("Jens Peter Mølgaard", "jpm@rm.example"), reply.Substitute);
    }

    [Fact]
    public void A_calendar_reply_attached_as_an_ics_file_is_read()
    {
        var message = TestMail.Envelope("Svar");
        var ics = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=DECLINED:mailto:hanne.roed@rm.example\r\nUID:m-1@region.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var attachment = new MimeKit.MimePart("application", "ics")
        {
            Content = new MimeKit.MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ics))),
            FileName = "invite.ics",
        };
        message.Body = new MimeKit.Multipart("mixed") { new MimeKit.TextPart("plain") { Text = string.Empty }, attachment };

        var reply = TestMail.Interpret(message);

        Assert.Equal(ReplyIntent.Absent, reply.Intent);
        Assert.Equal("m-1@region.example", reply.Keys.CalendarUid);
    }

    [Fact]
    public void A_folded_diagnostic_code_is_read_as_one_line()
    {
        var raw =
            "From: MAILER-DAEMON@mx.region.example (Mail Delivery System)\nTo: dagsorden+abc@region.example\n" +
            "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n" +
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"X\"\n\n" +
            "--X\nContent-Type: text/plain; charset=us-ascii\n\nYour message could not be delivered.\n\n" +
            "--X\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.region.example\n\n" +
            "Final-Recipient: rfc822; kim@kommune.example\nAction: failed\nStatus: 5.1.1\n" +
            "Diagnostic-Code: smtp; 550 5.1.1 <kim@kommune.example>: Recipient address\n    rejected: User unknown\n\n" +
            "--X\nContent-Type: text/rfc822-headers\n\nMessage-ID: <inv.9@region.example>\nSubject: Indkaldelse\n--X--\n";

        var failure = TestMail.Interpret(TestMail.Raw(raw)).DeliveryFailure;

        Assert.Equal(new DeliveryFailure("kim@kommune.example", "5.1.1", "smtp; 550 5.1.1 <kim@kommune.example>: Recipient address rejected: User unknown", "inv.9@region.example"), failure);
    }

    [Fact]
    public void A_utf_16_body_with_a_byte_order_mark_is_read()
    {
        var message = TestMail.Envelope("SV: Indkaldelse");
        var part = new MimeKit.TextPart("plain");
        part.SetText("utf-16", "Jeg deltager.");
        message.Body = part;

        var reply = TestMail.Interpret(message);

        Assert.Equal(ReplyIntent.Attending, reply.Intent);
        Assert.Equal("Jeg deltager.", reply.Evidence);
    }
}
