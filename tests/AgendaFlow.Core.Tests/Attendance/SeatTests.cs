using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;
using static AgendaFlow.Core.Tests.Attendance.Committee;

namespace AgendaFlow.Core.Tests.Attendance;

public sealed class SeatTests
{
    [Fact]
    public void Seks_pladser_uden_medlemsliste_fem_inviteret_og_Ole_med_afbud_i_dagsordenen()
    {
        var overview = AttendanceOverview.Of(FiveInvitedAndOleAfbud(), []);

        Assert.Equal(6, overview.Counts.Seats);
        Assert.Equal(1, overview.Counts.Absent);
        Assert.Equal(5, overview.Counts.NoAnswer);
        var ole = SeatOf(overview, Ole);
        Assert.True(ole.AfbudInAdvance);
        Assert.False(ole.Invited);
        Assert.Equal("Afbud (i dagsordenen)", AttendanceText.Status(ole));
    }

    [Fact]
    public void Med_medlemsliste_er_listens_medlemmer_også_pladser_men_sekretariatet_er_ikke()
    {
        var roster = Roster.Parse("""
            Navn;E-mail;Rolle
            Ahmad  Rahimi;ahmad.rahimi@region.example;formand
            Birgitte Holm;;
            Carsten Lund;carsten.lund@kommune.example;
            Dorte Krog;dorte.krog@kommune.example;
            Eva Nielsen;eva.nielsen@praksis.example;
            Ole Brandt;ole.brandt@kommune.example;
            Frank Riis;frank.riis@kommune.example;
            Karin Sekretær;karin@region.example;sekretariat
            """);

        var overview = AttendanceOverview.Of(FiveInvitedAndOleAfbud(), [], roster);

        // The six of the agenda, matched to the roster by address or name, and Frank whom the agenda does not name.
        Assert.Equal(7, overview.Counts.Seats);
        Assert.Equal(1, overview.Counts.NotInvited);
        Assert.Equal(SeatStatus.NotInvited, SeatOf(overview, new Invitee("Frank Riis", "frank.riis@kommune.example")).Status);
        Assert.DoesNotContain(overview.Seats, s => s.Member.Name == "Karin Sekretær");
        Assert.Equal("mere end halvdelen af pladserne besat (mindst 4 af 7)", overview.Quorum.Describe(overview.Counts.Seats));
    }

    [Fact]
    public void Gæster_sekretariatet_og_referenten_er_ikke_pladser()
    {
        var meeting = SixSeats(
            new Invitee("Gitte Gæst", "gitte@konsulent.example", Role: "gæst"),
            new Invitee("Karin Sekretær", "karin@region.example", Role: "sekretariat"),
            new Invitee("Rasmus Referent", "rasmus@region.example", Role: "referent"));

        var overview = AttendanceOverview.Of(meeting, [Says(new Invitee("Gitte Gæst", "gitte@konsulent.example"), AttendanceStatus.Attending, 1)]);

        Assert.Equal(6, overview.Counts.Seats);
        Assert.Equal(0, overview.Counts.Present);
    }

    [Fact]
    public void Seks_pladser_Ahmad_sender_Lene_Lene_bekræfter_1_til_stede_af_6()
    {
        var meeting = SixSeats(Lene);
        var named = AttendanceOverview.Of(meeting, [Sends(Ahmad, Lene, 1)]);
        var confirmed = AttendanceOverview.Of(meeting, [Sends(Ahmad, Lene, 1), Says(Lene, AttendanceStatus.Attending, 2)]);

        foreach (var overview in new[] { named, confirmed })
        {
            Assert.Equal(6, overview.Counts.Seats);
            Assert.Equal(1, overview.Counts.Present);
            Assert.Equal(1, overview.Counts.StandIns);
            Assert.Equal(5, overview.Counts.NoAnswer);
            Assert.DoesNotContain(overview.Seats, s => s.Member.Key == Lene.Key);
        }

        Assert.Equal(StandInStatus.NotAnswered, SeatOf(named, Ahmad).StandIn!.Status);
        Assert.Equal(1, named.Counts.UnconfirmedStandIns);
        Assert.Equal(StandInStatus.Confirmed, SeatOf(confirmed, Ahmad).StandIn!.Status);
        Assert.Equal(0, confirmed.Counts.UnconfirmedStandIns);
    }

    [Fact]
    public void Seks_pladser_Ahmad_sender_Lene_Lene_melder_fra_pladsen_er_tom_igen()
    {
        var overview = AttendanceOverview.Of(SixSeats(Lene), [Sends(Ahmad, Lene, 1), Says(Lene, AttendanceStatus.Absent, 2)]);

        var seat = SeatOf(overview, Ahmad);
        Assert.Equal(SeatStatus.Absent, seat.Status);
        Assert.Equal(StandInStatus.Declined, seat.StandIn!.Status);
        Assert.Equal(0, overview.Counts.Present);
        Assert.Equal(1, overview.Counts.Absent);
        Assert.Equal(0, overview.Counts.StandIns);
        Assert.Equal("Lene Østergaard (har meldt fra)", AttendanceText.StandIn(seat));
    }

    [Fact]
    public void Ahmad_nævner_Lene_to_gange_hun_tæller_én_gang_og_hendes_bekræftelse_står_ved_magt()
    {
        var overview = AttendanceOverview.Of(SixSeats(Lene), [
            Sends(Ahmad, Lene, 1),
            Says(Lene, AttendanceStatus.Attending, 2),
            Sends(Ahmad, Lene with { Email = "LENE.OESTERGAARD@region.example" }, 3),
        ]);

        Assert.Equal(1, overview.Counts.Present);
        Assert.Equal(1, overview.Counts.StandIns);
        Assert.Equal(StandInStatus.Confirmed, SeatOf(overview, Ahmad).StandIn!.Status);
    }

    [Fact]
    public void Ahmad_skifter_Lene_ud_med_Mads_Lenes_svar_gælder_ikke_længere()
    {
        var overview = AttendanceOverview.Of(SixSeats(Lene, Mads), [
            Sends(Ahmad, Lene, 1),
            Says(Lene, AttendanceStatus.Attending, 2),
            Sends(Ahmad, Mads, 3),
        ]);

        var seat = SeatOf(overview, Ahmad);
        Assert.Equal(Mads.Key, seat.StandIn!.Person.Key);
        Assert.Equal(StandInStatus.NotAnswered, seat.StandIn.Status);
        Assert.Equal(1, overview.Counts.Present);
        Assert.Equal(6, overview.Counts.Seats);
    }

    [Fact]
    public void Ole_har_afbud_i_dagsordenen_og_siger_senere_ja_så_deltager_han()
    {
        var overview = AttendanceOverview.Of(FiveInvitedAndOleAfbud(), [Says(Ole, AttendanceStatus.Attending, 5)]);

        var ole = SeatOf(overview, Ole);
        Assert.Equal(SeatStatus.Attending, ole.Status);
        Assert.False(ole.AfbudInAdvance);
        Assert.Equal(0, overview.Counts.Absent);
        Assert.Equal(1, overview.Counts.Present);
    }

    [Fact]
    public void Et_afbud_i_dagsordenen_med_stedfortræder_fylder_pladsen_fra_start()
    {
        var meeting = FiveInvitedAndOleAfbud() with { AbsentInAdvance = [new AbsentMember(Ole, "Mads Vinther")] };

        var ole = SeatOf(AttendanceOverview.Of(meeting, []), Ole);

        Assert.Equal(SeatStatus.StandIn, ole.Status);
        Assert.Equal("Mads Vinther", ole.StandIn!.Person.Name);
    }

    [Fact]
    public void Tre_af_seks_er_ikke_beslutningsdygtigt_fire_af_seks_er_og_en_stedfortræder_tæller_som_sit_medlem()
    {
        var meeting = SixSeats(Lene);
        var three = AttendanceOverview.Of(meeting, [
            Says(Birgitte, AttendanceStatus.Attending, 1), Says(Carsten, AttendanceStatus.Attending, 1), Sends(Ahmad, Lene, 1),
        ]);
        var four = AttendanceOverview.Of(meeting, [
            Says(Birgitte, AttendanceStatus.Attending, 1), Says(Carsten, AttendanceStatus.Attending, 1), Sends(Ahmad, Lene, 1),
            Says(Lene, AttendanceStatus.Attending, 2), Says(Dorte, AttendanceStatus.Partial, 3),
        ]);

        Assert.Equal(3, three.Counts.Present);
        Assert.False(three.IsQuorate);
        Assert.Equal(4, four.Counts.Present);
        Assert.True(four.IsQuorate);
    }

    [Fact]
    public void Et_udvalgs_egen_regel_fra_medlemslisten_afgør_beslutningsdygtigheden()
    {
        var roster = Roster.Parse("Beslutningsdygtig;mindst 3\nNavn;E-mail\nAhmad Rahimi;ahmad.rahimi@region.example\n");
        var overview = AttendanceOverview.Of(SixSeats(), [
            Says(Birgitte, AttendanceStatus.Attending, 1), Says(Carsten, AttendanceStatus.Attending, 1), Says(Dorte, AttendanceStatus.Attending, 1),
        ], roster);

        Assert.True(overview.IsQuorate);
        Assert.Equal("mindst 3 til stede", overview.Quorum.Describe(6));
    }

    [Fact]
    public void Evas_uklare_mail_venter_på_manuel_behandling_og_tælles_indtil_sekretariatet_lukker_sagen()
    {
        var meeting = SixSeats();
        var waiting = new WaitingReply("sag-1", meeting.Id, Eva.Key, Eva.Email!, Monday);

        var open = AttendanceOverview.Of(meeting, [], waiting: [waiting]);
        var closed = AttendanceOverview.Of(meeting, [Says(Eva, AttendanceStatus.Absent, 30)], waiting: [waiting with { ClosedBy = "Karin" }]);

        Assert.Equal(SeatStatus.AwaitingManualHandling, SeatOf(open, Eva).Status);
        Assert.Equal(1, open.Counts.Waiting);
        Assert.Equal(5, open.Counts.NoAnswer);
        Assert.Equal("Eva Nielsen <eva.nielsen@praksis.example>", open.SenderOf(waiting));
        Assert.Equal(0, closed.Counts.Waiting);
        Assert.Equal(SeatStatus.Absent, SeatOf(closed, Eva).Status);
    }

    [Fact]
    public void Every_seat_is_in_exactly_one_group_of_the_figures()
    {
        var meeting = FiveInvitedAndOleAfbud(Lene);
        var overview = AttendanceOverview.Of(meeting, [
            Sends(Ahmad, Lene, 1), Says(Birgitte, AttendanceStatus.Attending, 1), Says(Carsten, AttendanceStatus.Tentative, 1),
            Says(Dorte, AttendanceStatus.Undeliverable, 1),
        ], waiting: [new WaitingReply("x", meeting.Id, Eva.Key, Eva.Email!, Monday)]);

        var c = overview.Counts;
        var waitingSeats = overview.Seats.Count(s => s.Status == SeatStatus.AwaitingManualHandling);
        Assert.Equal(c.Seats, c.Attending + c.Partial + c.Tentative + c.Absent + c.StandIns + c.NoAnswer + waitingSeats + c.Undeliverable + c.NotInvited);
    }
}
