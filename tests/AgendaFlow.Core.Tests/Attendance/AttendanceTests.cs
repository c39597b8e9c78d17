using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Tests.Attendance;

public sealed class AttendanceTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1));

    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example", Organisation: "Region Syddanmark");
    private static readonly Invitee Steen = new("Steen Jakobsen", "steen.jakobsen@kommune.example");
    private static readonly Invitee Mette = new("Mette Kjær", "mette.kjaer@kommune.example");
    private static readonly Invitee Ole = new("Ole Bach", "ole.bach@praksis.example");
    private static readonly Invitee Peter = new("Peter Borup Sørensen", "pbs@kommune.example");

    private static Meeting MeetingOf(params Invitee[] participants) =>
        new(MeetingId.For("Sundhedsstyregruppen", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen",
            new DateOnly(2026, 12, 10), new TimeOnly(13, 0), new TimeOnly(15, 30), "Mødelokale 1", participants, []);

    private static AttendanceAnswer Answer(Invitee who, AttendanceStatus status, int minutesLater = 0, Invitee? standIn = null) =>
        new(who.Key, status, Monday.AddMinutes(minutesLater), AnswerChannel.Email, $"<{Guid.NewGuid()}@mail>", standIn);

    [Fact]
    public void The_latest_answer_wins_whatever_order_the_history_is_read_in()
    {
        var overview = AttendanceOverview.Of(MeetingOf(Hanne), [
            Answer(Hanne, AttendanceStatus.Attending, minutesLater: 60),
            Answer(Hanne, AttendanceStatus.Absent, minutesLater: 0),
        ]);

        Assert.Equal(SeatStatus.Attending, overview.Seats.Single().Status);
    }

    [Fact]
    public void Two_answers_at_the_same_moment_are_settled_by_the_order_they_were_recorded()
    {
        var overview = AttendanceOverview.Of(MeetingOf(Hanne), [
            Answer(Hanne, AttendanceStatus.Attending),
            Answer(Hanne, AttendanceStatus.Absent),
        ]);

        Assert.Equal(SeatStatus.Absent, overview.Seats.Single().Status);
    }

    [Fact]
    public void A_participant_who_has_not_answered_is_counted_as_no_answer_and_strangers_are_ignored()
    {
        var stranger = new Invitee("Ukendt Person", "ukendt@example.org");
        var overview = AttendanceOverview.Of(MeetingOf(Hanne, Steen), [Answer(stranger, AttendanceStatus.Absent)]);

        Assert.Equal(2, overview.Counts.Seats);
        Assert.Equal(2, overview.Counts.NoAnswer);
        Assert.Equal(0, overview.Counts.Absent);
    }

    [Fact]
    public void Counts_cover_every_state()
    {
        var undeliverable = new Invitee("Bo Kold", "bo@nowhere.example");
        var tentative = new Invitee("Tina Tøven", "tina@kommune.example");
        var overview = AttendanceOverview.Of(MeetingOf(Hanne, Steen, Mette, Ole, undeliverable, tentative, Peter), [
            Answer(Hanne, AttendanceStatus.Attending),
            Answer(Steen, AttendanceStatus.Absent),
            Answer(Mette, AttendanceStatus.Substitute, standIn: new Invitee("Lars Lund", null)),
            Answer(Ole, AttendanceStatus.Partial),
            Answer(undeliverable, AttendanceStatus.Undeliverable),
            Answer(tentative, AttendanceStatus.Tentative),
        ]);

        Assert.Equal(new AttendanceCounts(Seats: 7, Present: 3, Attending: 1, Partial: 1, Tentative: 1, Absent: 1, StandIns: 1, NoAnswer: 1,
            Waiting: 0, Undeliverable: 1, NotInvited: 0, UnconfirmedStandIns: 1), overview.Counts);
    }

    [Fact]
    public void More_than_half_present_is_quorate_and_stand_ins_count()
    {
        var meeting = MeetingOf(Hanne, Steen, Mette, Ole);
        var twoOfFour = AttendanceOverview.Of(meeting, [Answer(Hanne, AttendanceStatus.Attending), Answer(Steen, AttendanceStatus.Attending)]);
        var threeOfFour = AttendanceOverview.Of(meeting, [
            Answer(Hanne, AttendanceStatus.Attending),
            Answer(Steen, AttendanceStatus.Attending),
            Answer(Mette, AttendanceStatus.Substitute, standIn: Peter),
        ]);

        Assert.False(twoOfFour.IsQuorate);
        Assert.True(threeOfFour.IsQuorate);
        Assert.Equal("mere end halvdelen af pladserne besat (mindst 3 af 4)", QuorumRule.MoreThanHalf.Describe(4));
    }

    [Fact]
    public void A_committee_can_require_a_fixed_number_present()
    {
        var overview = AttendanceOverview.Of(MeetingOf(Hanne, Steen, Mette, Ole), [Answer(Hanne, AttendanceStatus.Attending), Answer(Steen, AttendanceStatus.Partial)]);

        Assert.True(new QuorumRule(MinimumPresent: 2).IsMet(overview.Counts.Present, overview.Seats.Count));
        Assert.False(new QuorumRule(MinimumPresent: 3).IsMet(overview.Counts.Present, overview.Seats.Count));
    }

    [Fact]
    public void When_everyone_comes_the_referat_says_so()
    {
        var overview = AttendanceOverview.Of(MeetingOf(Hanne, Steen), [Answer(Hanne, AttendanceStatus.Attending), Answer(Steen, AttendanceStatus.Attending)]);

        Assert.Equal("Alle var mødt.", AttendanceSentence.For(overview));
    }

    [Fact]
    public void Afbud_are_named_in_the_sentence_the_minutes_use()
    {
        var overview = AttendanceOverview.Of(MeetingOf(Hanne, Steen, Mette), [
            Answer(Hanne, AttendanceStatus.Absent),
            Answer(Steen, AttendanceStatus.Absent),
            Answer(Mette, AttendanceStatus.Attending),
        ]);

        Assert.Equal("Alle var mødt, undtagen Hanne Roed og Steen Jakobsen, der havde meldt afbud.", AttendanceSentence.For(overview));
    }

    [Fact]
    public void A_stand_in_gets_a_sentence_of_its_own()
    {
        var overview = AttendanceOverview.Of(MeetingOf(Hanne, Steen, Mette), [
            Answer(Hanne, AttendanceStatus.Absent),
            Answer(Steen, AttendanceStatus.Substitute, standIn: Peter),
            Answer(Mette, AttendanceStatus.Attending),
        ]);

        Assert.Equal(
            "Alle var mødt, undtagen Hanne Roed, der havde meldt afbud. Steen Jakobsen havde meldt afbud, og Peter Borup Sørensen deltog i stedet.",
            AttendanceSentence.For(overview));
    }

    [Fact]
    public void With_only_stand_ins_the_sentence_does_not_claim_everyone_came()
    {
        var overview = AttendanceOverview.Of(MeetingOf(Hanne, Steen), [
            Answer(Hanne, AttendanceStatus.Attending),
            Answer(Steen, AttendanceStatus.Substitute, standIn: Peter),
        ]);

        Assert.Equal("Steen Jakobsen havde meldt afbud, og Peter Borup Sørensen deltog i stedet.", AttendanceSentence.For(overview));
    }

    [Fact]
    public void Partial_attendance_is_mentioned_after_the_afbud()
    {
        var overview = AttendanceOverview.Of(MeetingOf(Hanne, Steen, Mette), [
            Answer(Hanne, AttendanceStatus.Absent),
            Answer(Steen, AttendanceStatus.Partial),
            Answer(Mette, AttendanceStatus.Partial),
        ]);

        Assert.Equal(
            "Alle var mødt, undtagen Hanne Roed, der havde meldt afbud. Steen Jakobsen og Mette Kjær deltog i en del af mødet.",
            AttendanceSentence.For(overview));
    }

    [Theory]
    [InlineData("Sundhedsstyregruppen", "sundhedsstyregruppen-2026-12-10")]
    [InlineData("Klyngestyregruppe for Lillebælt", "klyngestyregruppe-for-lillebaelt-2026-12-10")]
    [InlineData("Følgegruppe – Åbne data", "foelgegruppe-aabne-data-2026-12-10")]
    [InlineData("  ", "udvalg-2026-12-10")]
    public void A_meeting_id_is_readable_and_stable_for_a_committee_and_date(string committee, string expected)
    {
        Assert.Equal(expected, MeetingId.For(committee, new DateOnly(2026, 12, 10)).Value);
    }
}
