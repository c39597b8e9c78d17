using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Bounces mark the invitation undeliverable, with the failed recipient and the server's words.</summary>
public class DeliveryFailureTests
{
    private static string Report(string action, string status, string diagnostic) =>
        "From: Mail Delivery System <MAILER-DAEMON@mx.region.example>\n" +
        "To: dagsorden+k7q2@region.example\n" +
        "Subject: Undelivered Mail Returned to Sender\n" +
        "Auto-Submitted: auto-replied\n" +
        "MIME-Version: 1.0\n" +
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n" +
        "--b1\nContent-Type: text/plain; charset=utf-8\n\nDin mail kunne ikke leveres.\n" +
        "--b1\nContent-Type: message/delivery-status\n\n" +
        "Reporting-MTA: dns; mx.skive.example\n\n" +
        "Final-Recipient: rfc822; Ulrik.Johansen@skive.example\n" +
        $"Action: {action}\nStatus: {status}\nDiagnostic-Code: {diagnostic}\n\n" +
        "--b1\nContent-Type: message/rfc822\n\n" +
        "Message-ID: <invitation.42@region.example>\nFrom: dagsorden@region.example\nReply-To: dagsorden+k7q2@region.example\n" +
        "To: ulrik.johansen@skive.example\nSubject: Indkaldelse\n\nMeld afbud eller deltager.\n" +
        "--b1--\n";

    [Fact]
    public void A_delivery_status_report_is_undeliverable()
    {
        var reply = TestMail.Interpret(TestMail.Raw(Report("failed", "5.1.1", "smtp; 550 5.1.1 User unknown")));

        Assert.Equal(ReplyIntent.Undeliverable, reply.Intent);
        Assert.Equal(
            new DeliveryFailure("ulrik.johansen@skive.example", "5.1.1", "smtp; 550 5.1.1 User unknown", "invitation.42@region.example"),
            reply.DeliveryFailure);
        Assert.Equal("smtp; 550 5.1.1 User unknown", reply.Evidence);
    }

    [Fact]
    public void A_delivery_status_report_keeps_the_plus_token()
    {
        Assert.Equal("k7q2", TestMail.Interpret(TestMail.Raw(Report("failed", "5.1.1", "smtp; 550 User unknown"))).Keys.PlusToken);
    }

    [Fact]
    public void A_delay_report_is_not_undeliverable()
    {
        var reply = TestMail.Interpret(TestMail.Raw(Report("delayed", "4.4.7", "smtp; 421 Try again later")));

        Assert.Equal(ReplyIntent.AutoReply, reply.Intent);
        Assert.Null(reply.DeliveryFailure);
    }

    [Fact]
    public void A_quoted_invitation_in_a_bounce_does_not_decide()
    {
        Assert.Equal(ReplyIntent.Undeliverable, TestMail.Interpret(TestMail.Raw(Report("failed", "5.2.2", "smtp; 552 Mailbox full"))).Intent);
    }

    [Fact]
    public void A_free_text_bounce_from_a_mailer_daemon_is_undeliverable()
    {
        var raw =
            "From: MAILER-DAEMON@mx.region.example\nTo: dagsorden@region.example\nSubject: Mail delivery failed: returning message to sender\n" +
            "X-Failed-Recipients: lone@kommune.example\nContent-Type: text/plain; charset=us-ascii\n\n" +
            "This message was created automatically by mail delivery software.\n\n" +
            "  lone@kommune.example\n    host mx.kommune.example [10.0.0.1]\n    SMTP error from remote mail server after RCPT TO:<lone@kommune.example>:\n    550 5.1.1 No such user\n";

        var reply = TestMail.Interpret(TestMail.Raw(raw));

        Assert.Equal(ReplyIntent.Undeliverable, reply.Intent);
        Assert.Equal("lone@kommune.example", reply.DeliveryFailure?.FailedRecipient);
        Assert.Equal("5.1.1", reply.DeliveryFailure?.Status);
        Assert.Equal("550 5.1.1 No such user", reply.DeliveryFailure?.Diagnostic);
    }

    [Fact]
    public void A_person_writing_undeliverable_in_the_subject_is_not_a_bounce()
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf("Jeg melder afbud.", "Undeliverable items på dagsordenen"));
    }

    [Fact]
    public void A_global_delivery_status_report_is_undeliverable()
    {
        var raw = Report("failed", "5.1.1", "smtp; 550 5.1.1 User unknown")
            .Replace("Content-Type: message/delivery-status", "Content-Type: message/global-delivery-status", StringComparison.Ordinal)
            .Replace("report-type=delivery-status", "report-type=global-delivery-status", StringComparison.Ordinal);

        var reply = TestMail.Interpret(TestMail.Raw(raw));

        Assert.Equal(ReplyIntent.Undeliverable, reply.Intent);
        Assert.Equal("ulrik.johansen@skive.example", reply.DeliveryFailure?.FailedRecipient);
    }

    [Fact]
    public void An_exchange_non_delivery_report_without_a_status_part_is_undeliverable()
    {
        var raw =
            "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@region.example>\nTo: dagsorden@region.example\n" +
            "Subject: Kan ikke leveres: Indkaldelse\nContent-Type: text/plain; charset=utf-8\n\n" +
            "Din meddelelse til lone@kommune.example kunne ikke leveres.\nDiagnosticoplysninger: 550 5.4.1 Recipient address rejected: Access denied\n";

        var reply = TestMail.Interpret(TestMail.Raw(raw));

        Assert.Equal(ReplyIntent.Undeliverable, reply.Intent);
        Assert.Equal("lone@kommune.example", reply.DeliveryFailure?.FailedRecipient);
        Assert.Equal("550 5.4.1 Recipient address rejected: Access denied", reply.DeliveryFailure?.Diagnostic);
    }
}
