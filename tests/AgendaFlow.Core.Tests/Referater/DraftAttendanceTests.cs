using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Referater;
using static AgendaFlow.Core.Tests.Attendance.Committee;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class DraftAttendanceTests
{
    [Fact]
    public void The_draft_writes_the_referat_sentences_lists_Lene_as_present_and_asks_about_Dorte()
    {
        var meeting = FiveInvitedAndOleAfbud(Lene);
        var overview = AttendanceOverview.Of(meeting, [
            Sends(Ahmad, Lene, 1), Says(Lene, AttendanceStatus.Attending, 2),
            Says(Birgitte, AttendanceStatus.Attending, 1), Says(Carsten, AttendanceStatus.Attending, 1), Says(Eva, AttendanceStatus.Attending, 1),
        ]);

        var draft = ReferatDraft.Markdown(meeting, null, overview);

        Assert.Contains("Alle var mødt, undtagen Ole Brandt, der havde meldt afbud. Ahmad Rahimi havde meldt afbud, og Lene Østergaard deltog i stedet.", draft);
        Assert.Contains("Dorte Krog udeblev uden afbud.", draft);
        Assert.Contains("Ahmad Rahimi (stedfortræder: Lene Østergaard)", draft);
        Assert.DoesNotContain("bekræftede ikke selv", draft);
    }

    [Fact]
    public void A_stand_in_who_never_confirmed_is_flagged_for_the_secretariat_to_check()
    {
        var overview = AttendanceOverview.Of(SixSeats(Lene), [Sends(Ahmad, Lene, 1)]);

        var draft = ReferatDraft.Markdown(SixSeats(Lene), null, overview);

        Assert.Contains("[Sekretariatet: Lene Østergaard bekræftede ikke selv før mødet.", draft);
    }
}
