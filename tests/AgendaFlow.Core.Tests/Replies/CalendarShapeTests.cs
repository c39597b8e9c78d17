using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Calendar replies as Outlook and Google send them, read by Ical.Net with RFC 5545's escaping and folding.</summary>
public class CalendarShapeTests
{
    private const string Outlook =
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:-//Microsoft Corporation//Outlook for Mac 16.28//EN\r\nVERSION:2.0\r\n" +
        "BEGIN:VTIMEZONE\r\nTZID:Romance Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n" +
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n" +
        "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n" +
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=\"Birte Nøhr\":mailto:bn@struer.example\r\n" +
        "COMMENT;LANGUAGE=da-DK:Kommer ca. 11.15 pga. toget.\\n\r\n" +
        "DTSTART;TZID=Romance Standard Time:20190830T103000\r\nDTEND;TZID=Romance Standard Time:20190830T140000\r\n" +
        "UID:meeting-2019-08-30-klynge@agendaflow.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private const string Google =
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\n" +
        "BEGIN:VEVENT\r\nDTSTART:20190830T083000Z\r\nDTEND:20190830T120000Z\r\nDTSTAMP:20190827T101500Z\r\n" +
        "ORGANIZER;CN=Sekretariatet:mailto:dagsorden@region.example\r\nUID:meeting-2019-08-30-klynge@agendaflow.example\r\n" +
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=ole.bach@gmail.example;X-NUM-GUESTS=0:mailto:ole.bach@gm\r\n" +
        " ail.example\r\nSUMMARY:Klyngestyregruppemøde\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    [Fact]
    public void An_escaped_backslash_before_n_stays_a_backslash_and_an_n()
    {
        var text = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example\r\n" +
            "COMMENT:Bilag ligger i K:\\\\noter\\\\2019\\, mappe 4\\nVi ses\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        Assert.Equal("Bilag ligger i K:\\noter\\2019, mappe 4\nVi ses", CalendarReplyReader.Parse(text)?.Comment);
    }

    [Fact]
    public void A_comment_folded_over_lines_reads_as_one()
    {
        var text = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=TENTATIVE:mailto:a@b.example\r\n" +
            "COMMENT;LANGUAGE=da-DK:Foreløbigt ja – afventer\\, om jeg skal vidne i re\r\n tten den dag.\\n\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        Assert.Equal("Foreløbigt ja – afventer, om jeg skal vidne i retten den dag.", CalendarReplyReader.Parse(text)?.Comment);
    }

    [Fact]
    public void A_delegate_whose_common_name_has_a_comma_keeps_the_whole_name()
    {
        var text = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n" +
            "ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:mette.lund@rm.example\";CN=\"Graversen, Claus\":mailto:claus@rm.example\r\n" +
            "ATTENDEE;DELEGATED-FROM=\"mailto:claus@rm.example\";CN=\"Lund, Mette\":mailto:mette.lund@rm.example\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var reply = CalendarReplyReader.Parse(text, "claus@rm.example");

        Assert.Equal(ParticipationStatus.Delegated, reply?.Status);
        Assert.Equal("Lund, Mette", reply?.DelegateName);
        Assert.Equal("mette.lund@rm.example", reply?.DelegatedTo);
    }

    [Fact]
    public void Outlooks_accept_with_a_later_arrival_than_its_start_is_partial()
    {
        var reply = CalendarReplyReader.Parse(Outlook, "bn@struer.example");

        Assert.Equal(ParticipationStatus.Accepted, reply?.Status);
        Assert.Equal(new TimeOnly(10, 30), reply?.Start);
        Assert.Equal("Kommer ca. 11.15 pga. toget.", reply?.Comment);

        var message = TestMail.CalendarReply("ACCEPTED", body: "Kommer ca. 11.15 pga. toget.");
        Assert.Equal(ReplyIntent.Partial, TestMail.Interpret(message).Intent);
    }

    [Fact]
    public void An_arrival_at_the_start_the_calendar_gives_is_attending()
    {
        // TestMail's calendar starts 08:30 UTC, 10:30 on a Copenhagen clock in summer.
        var reply = TestMail.Interpret(TestMail.CalendarReply("ACCEPTED", body: "Jeg kommer kl. 10.30."));

        Assert.Equal(ReplyIntent.Attending, reply.Intent);
    }

    [Fact]
    public void Googles_decline_is_read_with_its_folded_address_and_utc_start()
    {
        var reply = CalendarReplyReader.Parse(Google, "ole.bach@gmail.example");

        Assert.Equal(ParticipationStatus.Declined, reply?.Status);
        Assert.Equal("ole.bach@gmail.example", reply?.AttendeeAddress);
        Assert.Equal(new TimeOnly(10, 30), reply?.Start);
        Assert.Equal("meeting-2019-08-30-klynge@agendaflow.example", reply?.Uid);
    }

    [Fact]
    public void A_broken_calendar_part_is_no_reply_and_the_text_decides()
    {
        Assert.Null(CalendarReplyReader.Parse("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACC"));
    }

    [Fact]
    public void An_accept_with_a_refusal_in_the_text_goes_to_a_person()
    {
        var reply = TestMail.Interpret(TestMail.CalendarReply("ACCEPTED", body: "Jeg kan desværre ikke deltage."));

        Assert.Equal(ReplyIntent.Unclear, reply.Intent);
    }
}
