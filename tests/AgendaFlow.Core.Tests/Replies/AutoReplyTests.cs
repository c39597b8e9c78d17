using AgendaFlow.Core.Replies;
using MimeKit;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Automatic replies are not answers, whatever their text says.</summary>
public class AutoReplyTests
{
    private const string VacationText = "Tak for din mail. Jeg er på ferie til og med 2. september og deltager ikke i møder.";

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "vacation")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "junk")]
    [InlineData("X-MS-Exchange-Generated-Message-Class", "IPM.Note.Rules.OofTemplate.Microsoft")]
    public void An_out_of_office_header_makes_it_an_auto_reply(string header, string value)
    {
        var message = TestMail.Reply(VacationText);
        message.Headers.Add(header, value);

        var reply = TestMail.Interpret(message);

        Assert.Equal(ReplyIntent.AutoReply, reply.Intent);
        Assert.Equal($"{header}: {value}", reply.Evidence);
    }

    [Theory]
    [InlineData("Automatisk svar: Indkaldelse: Klyngestyregruppemøde")]
    [InlineData("Autosvar: Indkaldelse")]
    [InlineData("Fraværende: Indkaldelse")]
    [InlineData("Out of Office: Indkaldelse")]
    [InlineData("Out of office reply: Indkaldelse")]
    [InlineData("Automatic reply: Invitation")]
    [InlineData("AutoReply: Invitation")]
    [InlineData("SV: Automatisk svar: Indkaldelse")]
    [InlineData("Abwesenheitsnotiz: Einladung")]
    [InlineData("Fraværsmeddelelse: Indkaldelse")]
    [InlineData("Ikke på kontoret: Indkaldelse")]
    public void An_out_of_office_subject_makes_it_an_auto_reply(string subject)
    {
        Assert.Equal(ReplyIntent.AutoReply, TestMail.IntentOf(VacationText, subject));
    }

    [Theory]
    [InlineData("Auto-Submitted", "no")]
    [InlineData("X-Autoreply", "no")]
    [InlineData("Precedence", "list")]
    [InlineData("X-Auto-Response-Suppress", "All")]
    public void A_header_that_does_not_mark_automatic_mail_is_ignored(string header, string value)
    {
        var message = TestMail.Reply("Jeg melder afbud.");
        message.Headers.Add(header, value);

        Assert.Equal(ReplyIntent.Absent, TestMail.Interpret(message).Intent);
    }

    [Theory]
    [InlineData("Fraværende")]
    [InlineData("Fravær 30. august")]
    [InlineData("Ferie i uge 35")]
    public void A_person_naming_an_absence_in_the_subject_is_not_an_auto_reply(string subject)
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf("Jeg melder afbud.", subject));
    }

    [Fact]
    public void A_person_writing_about_their_holiday_is_not_an_auto_reply()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg er på ferie den uge, så jeg melder afbud."));

        Assert.Equal(ReplyIntent.Absent, reply.Intent);
        Assert.Equal("Jeg er på ferie den uge", reply.AbsenceReason);
    }

    [Fact]
    public void A_read_receipt_is_not_an_answer()
    {
        var message = TestMail.Envelope("Læst: Indkaldelse");
        var report = new MultipartReport("disposition-notification") { new TextPart("plain") { Text = "Din meddelelse er læst." } };
        message.Body = report;

        Assert.Equal(ReplyIntent.AutoReply, TestMail.Interpret(message).Intent);
    }

    [Fact]
    public void An_auto_reply_keeps_its_matching_keys()
    {
        var message = TestMail.Reply(VacationText);
        message.Headers.Add("Auto-Submitted", "auto-replied");

        var keys = TestMail.Interpret(message).Keys;

        Assert.Equal("a1b2c3", keys.PlusToken);
        Assert.Equal("invitation.1@region.example", keys.InReplyTo);
    }
}
