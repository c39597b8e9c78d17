using AgendaFlow.Browser.Tests.Infrastructure;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.Secretariat;

/// <summary>The secretariat's overview page as a secretary's browser shows it.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class SecretariatPageInChromiumTests(Chromium chromium)
{
    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example", "Direktør", "Region Syddanmark");
    private static readonly Invitee Bo = new("Bo <b>Bech</b>", "bo@kommune.example");

    private static readonly Meeting Meeting =
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Regionshuset, mødelokale 1", [Hanne, Bo], []);

    private static AttendanceOverview Overview => AttendanceOverview.Of(Meeting, [
        new AttendanceAnswer(Hanne.Key, AttendanceStatus.Absent, DateTimeOffset.UtcNow, AnswerChannel.Secretariat, "x", RecordedBy: "Karin"),
    ], waiting: [new WaitingReply("sag1", Meeting.Id, Bo.Key, "bo@kommune.example", DateTimeOffset.UtcNow)]);

    [Fact]
    public async Task The_overview_page_has_no_accessibility_violations_and_its_form_fields_have_labels()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(SecretariatPage.Overview(Overview, "nøgle", "Svaret for Hanne Roed er registreret."));

        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).CountAsync());
        // One form for the waiting mail, one for an answer given by phone; every field labelled once.
        Assert.Equal(2, await page.GetByLabel("Plads (medlem)", new() { Exact = true }).CountAsync());
        Assert.Equal(2, await page.GetByLabel("Registreret af").CountAsync());
        Assert.Contains("Bo <b>Bech</b>", await page.GetByRole(AriaRole.Table).InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page, "the secretariat's overview");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_meeting_list_and_the_closed_page_have_no_accessibility_violations()
    {
        foreach (var html in new[] { SecretariatPage.MeetingList([Meeting], "nøgle"), SecretariatPage.Forbidden() })
        {
            var page = await chromium.NewPageAsync();
            await page.SetContentAsync(html);
            await Axe.AssertNoViolationsAsync(page, "a secretariat page");
            await page.Context.CloseAsync();
        }
    }
}
