using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;

namespace AgendaFlow.Core.Tests.Pages;

public sealed class AnswerPageTests
{
    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example");

    private static readonly Meeting Meeting =
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Regionshuset", [Hanne], []);

    [Theory]
    [InlineData(RsvpPage.Absent, "value=\"afbud\">Jeg melder afbud<", "value=\"deltager\">Jeg deltager<")]
    [InlineData(RsvpPage.Attending, "value=\"deltager\">Jeg deltager<", "value=\"afbud\">Jeg melder afbud<")]
    public void The_answer_on_the_confirm_button_is_not_offered_again_under_other_answers(string answer, string notOffered, string offered)
    {
        var html = RsvpPage.Confirm(Meeting, Hanne, answer, AttendanceStatus.NoAnswer);

        Assert.DoesNotContain(notOffered, html, StringComparison.Ordinal);
        Assert.Contains(offered, html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_stand_in_name_is_shown_at_the_field_in_the_design_systems_error_style_with_what_was_typed()
    {
        var html = RsvpPage.Confirm(Meeting, Hanne, RsvpPage.Substitute, AttendanceStatus.NoAnswer, "Stedfortræderens e-mailadresse: ugyldig.",
            errorField: "email", typed: new Dictionary<string, string?> { ["navn"] = "Peter Hansen", ["email"] = "peter@" });

        Assert.Contains("<div class=\"form-group form-error\">\n<label class=\"form-label\" for=\"email\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"form-error-message\" id=\"email-error\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Peter Hansen\"", html, StringComparison.Ordinal);
    }
}
