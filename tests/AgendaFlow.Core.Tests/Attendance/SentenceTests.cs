using AgendaFlow.Core.Attendance;
using static AgendaFlow.Core.Tests.Attendance.Committee;

namespace AgendaFlow.Core.Tests.Attendance;

public sealed class SentenceTests
{
    [Fact]
    public void Efter_mødet_Ole_havde_afbud_i_dagsordenen_og_Lene_deltog_for_Ahmad()
    {
        var overview = AttendanceOverview.Of(FiveInvitedAndOleAfbud(Lene), [
            Sends(Ahmad, Lene, 1), Says(Lene, AttendanceStatus.Attending, 2),
            Says(Birgitte, AttendanceStatus.Attending, 1), Says(Carsten, AttendanceStatus.Attending, 1),
            Says(Dorte, AttendanceStatus.Attending, 1), Says(Eva, AttendanceStatus.Attending, 1),
        ]);

        Assert.Equal(
            "Alle var mødt, undtagen Ole Brandt, der havde meldt afbud. Ahmad Rahimi havde meldt afbud, og Lene Østergaard deltog i stedet.",
            AttendanceSentence.For(overview));
    }

    [Fact]
    public void Når_Lene_melder_fra_står_Ahmad_blandt_dem_med_afbud_og_Lene_nævnes_ikke()
    {
        var overview = AttendanceOverview.Of(SixSeats(Lene), [
            Sends(Ahmad, Lene, 1), Says(Lene, AttendanceStatus.Absent, 2),
            Says(Birgitte, AttendanceStatus.Attending, 1), Says(Carsten, AttendanceStatus.Attending, 1), Says(Dorte, AttendanceStatus.Attending, 1),
            Says(Eva, AttendanceStatus.Attending, 1), Says(Ole, AttendanceStatus.Attending, 1),
        ]);

        Assert.Equal("Alle var mødt, undtagen Ahmad Rahimi, der havde meldt afbud.", AttendanceSentence.For(overview));
    }

    [Fact]
    public void Med_nogen_der_ikke_har_svaret_siger_sætningen_ikke_at_alle_var_mødt()
    {
        var overview = AttendanceOverview.Of(SixSeats(), [Says(Birgitte, AttendanceStatus.Attending, 1)]);

        Assert.DoesNotContain("Alle var mødt", AttendanceSentence.For(overview));
    }

    [Fact]
    public void Før_mødet_siger_oversigten_hvem_der_forventes_i_ord_der_ikke_er_referatets()
    {
        var overview = AttendanceOverview.Of(FiveInvitedAndOleAfbud(Lene), [
            Sends(Ahmad, Lene, 1), Says(Birgitte, AttendanceStatus.Attending, 1),
        ], waiting: [new WaitingReply("x", FiveInvitedAndOleAfbud().Id, Eva.Key, Eva.Email!, Monday)]);

        var expected = AttendanceText.Expected(overview);

        Assert.Equal([
            "Har meldt, at de deltager: Birgitte Holm.",
            "Sender stedfortræder: Ahmad Rahimi (Lene Østergaard, har ikke svaret).",
            "Har meldt afbud: Ole Brandt.",
            "Har ikke svaret: Carsten Lund og Dorte Krog.",
            "Svar venter på manuel behandling: Eva Nielsen.",
        ], expected);
        Assert.DoesNotContain(expected, line => line.Contains("var mødt") || line.Contains("deltog"));
        Assert.Contains("ikke til referatet", AttendanceText.ExpectedHeading);
    }
}
