using System.Text;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Tests.Attendance;

public sealed class AfbudFromAgendaTests
{
    private const string Agenda = """
        Dagsorden
        Styregruppen for pladser

        Tid: Torsdag den 10. december 2026 kl. 13.00-15.30
        Sted: Mødelokale 2

        Deltagere:
        Ahmad Rahimi, ahmad.rahimi@region.example
        Birgitte Holm, birgitte.holm@kommune.example

        Afbud:
        Ole Brandt

        1. Godkendelse af dagsorden
        2. Eventuelt
        """;

    [Fact]
    public void A_member_the_agenda_lists_under_afbud_holds_a_seat_with_afbud_and_is_not_invited()
    {
        var parsed = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(Agenda), "dagsorden.txt"));
        var roster = Roster.Parse("Navn;E-mail\nOle Brandt;ole.brandt@kommune.example\n");

        var (meeting, _) = MeetingFromAgenda.Map(parsed.Document, "pladser", roster);

        Assert.NotNull(meeting);
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Ole Brandt");
        Assert.DoesNotContain(InvitationPlan.For(null, meeting), m => m.Invitee.Name == "Ole Brandt");
        var ole = Assert.Single(meeting.AbsentInAdvance).Member;
        Assert.Equal("ole.brandt@kommune.example", ole.Email);
        var overview = AttendanceOverview.Of(meeting, [], roster);
        Assert.Equal(3, overview.Counts.Seats);
        Assert.Equal(1, overview.Counts.Absent);
    }
}
