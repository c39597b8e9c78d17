using AgendaFlow.Browser.Tests.Infrastructure;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.Rsvp;

/// <summary>The pages behind the one-click links, as the participant's browser shows them.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class RsvpPagesInChromiumTests(Chromium chromium)
{
    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example", "Direktør", "Region Syddanmark");

    private static readonly Meeting Meeting =
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Regionshuset, mødelokale 1", [Hanne],
            [new AgendaLine("1", "Godkendelse af dagsorden"), new AgendaLine("2", "Status på sundhedsaftalen")]);

    public static TheoryData<string> Pages => new(PageHtml.Keys);

    private static readonly Dictionary<string, string> PageHtml = new()
    {
        ["bekræft afbud"] = RsvpPage.Confirm(Meeting, Hanne, RsvpPage.Absent, AttendanceStatus.NoAnswer),
        ["bekræft deltagelse"] = RsvpPage.Confirm(Meeting, Hanne, RsvpPage.Attending, AttendanceStatus.Absent),
        ["intet svar valgt"] = RsvpPage.Confirm(Meeting, Hanne, null, AttendanceStatus.Attending),
        ["stedfortræder-formularen"] = RsvpPage.Confirm(Meeting, Hanne, RsvpPage.Substitute, AttendanceStatus.NoAnswer),
        ["stedfortræder-formularen med en fejl"] = RsvpPage.Confirm(Meeting, Hanne, RsvpPage.Substitute, AttendanceStatus.NoAnswer,
            "Skriv stedfortræderens navn."),
        ["afbud registreret"] = RsvpPage.Recorded(Meeting, AttendanceStatus.Absent, null),
        ["deltagelse registreret"] = RsvpPage.Recorded(Meeting, AttendanceStatus.Attending, null),
        ["stedfortræder registreret"] = RsvpPage.Recorded(Meeting, AttendanceStatus.Substitute, new Invitee("Anne Hansen", "anne.hansen@kommune.example")),
        ["lukket for svar"] = RsvpPage.Closed(Meeting, "Mødet er afholdt, så der kan ikke svares mere."),
        ["ugyldigt link"] = RsvpPage.NotFound(),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task The_rsvp_page_has_no_accessibility_violations(string which) =>
        chromium.AssertAccessibleAsync(PageHtml[which], $"the RSVP page '{which}'");

    [Theory]
    [MemberData(nameof(Pages))]
    public Task The_rsvp_page_fits_a_phone_screen_without_scrolling_sideways(string which) =>
        chromium.AssertReflowsAsync(PageHtml[which], $"the RSVP page '{which}'");

    [Fact]
    public async Task The_confirm_page_offers_one_button_that_confirms_the_chosen_answer()
    {
        var page = await chromium.OpenAsync(PageHtml["bekræft afbud"]);

        Assert.Equal("Sundhedsstyregruppen", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft: Jeg melder afbud", Exact = true }).IsVisibleAsync());
        Assert.Contains("Hej Hanne Roed", await page.Locator("main").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_substitute_form_fields_are_named_by_their_labels()
    {
        var page = await chromium.OpenAsync(PageHtml["stedfortræder-formularen"]);

        var name = page.GetByLabel("Stedfortræderens navn");
        var email = page.GetByLabel("Stedfortræderens e-mailadresse", new() { Exact = false });
        Assert.Equal("navn", await name.GetAttributeAsync("name"));
        Assert.Equal("email", await email.GetAttributeAsync("name"));
        Assert.Equal("email", await email.GetAttributeAsync("type"));
        await name.FillAsync("Anne Hansen");
        await email.FillAsync("anne.hansen@kommune.example");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft: Jeg sender en stedfortræder" }).IsEnabledAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_error_on_the_substitute_form_is_announced()
    {
        var page = await chromium.OpenAsync(PageHtml["stedfortræder-formularen med en fejl"]);

        Assert.Equal("Skriv stedfortræderens navn.", (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_focus_is_visible_on_every_field_and_button()
    {
        var page = await chromium.OpenAsync(PageHtml["stedfortræder-formularen"]);
        var focusable = await page.Locator("main a, main button, main input:not([type=hidden])").CountAsync();
        Assert.True(focusable >= 5, $"Expected at least 5 focusable controls, found {focusable}.");

        for (var i = 0; i < focusable; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(
                """
                () => {
                  const el = document.activeElement, s = getComputedStyle(el);
                  return [el.outerHTML.slice(0, 80), s.outlineStyle, s.outlineWidth];
                }
                """);
            Assert.True(focus[1] != "none" && focus[2] != "0px",
                $"Tab stop {i + 1} ({focus[0]}) has no visible focus outline (outline-style {focus[1]}, width {focus[2]}).");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_accessibility_check_itself_catches_an_unlabelled_field()
    {
        // Guards the other tests against passing because axe did not run.
        var page = await chromium.OpenAsync("<!DOCTYPE html><html lang=\"da\"><head><title>x</title></head><body><main><h1>x</h1><input type=\"text\"></main></body></html>");

        var violations = await Axe.ViolationsAsync(page);
        Assert.Contains(violations, v => v.StartsWith("- label ", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
