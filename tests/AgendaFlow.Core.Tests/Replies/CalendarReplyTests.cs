using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Accept/Decline/Tentative/Delegate pressed in a calendar client.</summary>
public class CalendarReplyTests
{
    [Theory]
    [InlineData("ACCEPTED", ReplyIntent.Attending)]
    [InlineData("DECLINED", ReplyIntent.Absent)]
    [InlineData("TENTATIVE", ReplyIntent.Tentative)]
    public void The_participation_status_is_the_answer(string partstat, ReplyIntent expected)
    {
        var reply = TestMail.Interpret(TestMail.CalendarReply(partstat));

        Assert.Equal(expected, reply.Intent);
        Assert.Equal($"PARTSTAT={partstat}", reply.Evidence);
        Assert.Equal("meeting-2019-08-30-klynge@agendaflow.example", reply.Keys.CalendarUid);
    }

    [Fact]
    public void A_delegation_is_a_substitute_with_the_delegates_address_and_name()
    {
        var delegateLine = "ATTENDEE;PARTSTAT=NEEDS-ACTION;DELEGATED-FROM=\"mailto:claus.graversen@rm.example\";CN=\"Mette Lund\":mailto:Mette.Lund@rm.example\r\n";
        var message = TestMail.CalendarReply("DELEGATED", extraAttendeeParameters: ";DELEGATED-TO=\"mailto:mette.lund@rm.example\"", extraLines: delegateLine);

        var reply = TestMail.Interpret(message);

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal(new Substitute("Mette Lund", "mette.lund@rm.example"), reply.Substitute);
    }

    [Fact]
    public void An_accept_with_a_late_arrival_in_the_text_is_partial()
    {
        var reply = TestMail.Interpret(TestMail.CalendarReply("ACCEPTED", body: "Jeg kommer først kl. 11."));

        Assert.Equal(ReplyIntent.Partial, reply.Intent);
        Assert.Equal(new TimeOnly(11, 0), reply.Partial?.ArrivesAt);
    }

    [Fact]
    public void A_decline_naming_a_stand_in_is_a_substitute()
    {
        var reply = TestMail.Interpret(TestMail.CalendarReply("DECLINED", body: "Min stedfortræder Jens Holm deltager."));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal("Jens Holm", reply.Substitute?.Name);
    }

    [Fact]
    public void Needs_action_leaves_the_answer_to_the_text()
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.Interpret(TestMail.CalendarReply("NEEDS-ACTION", body: "Jeg melder afbud.")).Intent);
    }

    [Fact]
    public void Folded_lines_are_unfolded_before_reading()
    {
        var text = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;CN=\"Claus\r\n  Graversen\";PARTSTAT=DECL\r\n INED:mailto:claus@rm.example\r\nUID:abc-\r\n 123\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var reply = CalendarReplyReader.Parse(text);

        Assert.Equal(new CalendarReply("abc-123", ParticipationStatus.Declined, "claus@rm.example", null, null, null), reply);
    }

    [Fact]
    public void A_request_is_not_a_reply()
    {
        var text = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        Assert.Null(CalendarReplyReader.Parse(text));
    }

    [Fact]
    public void A_comment_in_the_calendar_part_is_read_when_the_body_is_empty()
    {
        var text = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example\r\nCOMMENT:Jeg kommer\\, men går kl. 12.\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        Assert.Equal("Jeg kommer, men går kl. 12.", CalendarReplyReader.Parse(text)?.Comment);
    }

    [Fact]
    public void The_senders_own_attendee_line_is_the_answer()
    {
        var text = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:other@b.example\r\nATTENDEE;PARTSTAT=DECLINED:mailto:Me@b.example\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        Assert.Equal(ParticipationStatus.Declined, CalendarReplyReader.Parse(text, "me@b.example")?.Status);
    }
}
