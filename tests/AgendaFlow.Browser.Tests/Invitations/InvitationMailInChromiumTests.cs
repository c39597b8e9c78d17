using AgendaFlow.Browser.Tests.Infrastructure;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AgendaFlow.Browser.Tests.Invitations;

/// <summary>The invitation mail's HTML part as a mail client that renders HTML shows it.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class InvitationMailInChromiumTests(Chromium chromium, ITestOutputHelper output)
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://agendaflow.region.example"));
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly ReplyToken Token = new("abcdefghijklmnopqrst");
    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example", "Direktør", "Region Syddanmark");

    private static Meeting Meeting(string title = "Sundhedsstyregruppen") =>
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", title, new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Regionshuset, mødelokale 1",
            [Hanne, new Invitee("Ole Bach", "ole.bach@kommune.example")],
            [
                new AgendaLine("1", "Godkendelse af dagsorden", new TimeOnly(13, 0), new TimeOnly(13, 5), ["Formanden"]),
                new AgendaLine("2", "Status på sundhedsaftalen", new TimeOnly(13, 5), new TimeOnly(14, 0), ["Hanne Roed", "Ole Bach"]),
                new AgendaLine("3", "Økonomi og budgetopfølgning", new TimeOnly(14, 0), new TimeOnly(15, 0), ["Økonomichefen"]),
                new AgendaLine("4", "Eventuelt"),
            ]);

    private static string HtmlPart(Meeting meeting) =>
        InvitationMail.Render(new Invitation(meeting, Hanne, Token, InvitationKind.Invitation, [], []), Settings, Now).HtmlBody
        ?? throw new InvalidOperationException("The invitation has no HTML part.");

    [Fact]
    public async Task The_invitation_reads_as_the_meeting_with_its_agenda_and_three_answer_buttons()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(HtmlPart(Meeting()));

        Assert.Equal("Sundhedsstyregruppen", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        Assert.Equal("Indkaldelse: Sundhedsstyregruppen, 10. december 2026", await page.TitleAsync());
        var agenda = page.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Emne" }) });
        var rows = await agenda.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(4, rows.Count);
        Assert.Contains("Godkendelse af dagsorden", rows[0]);
        Assert.Contains("Status på sundhedsaftalen", rows[1]);
        Assert.Contains("Hanne Roed og Ole Bach", rows[1]);
        Assert.Contains("Økonomi og budgetopfølgning", rows[2]);
        Assert.Contains("Eventuelt", rows[3]);
        Assert.Contains("torsdag den 10. december 2026", await page.Locator("main").InnerTextAsync());

        foreach (var (name, answer) in new[] { ("Jeg deltager", "deltager"), ("Jeg melder afbud", "afbud"), ("Jeg sender en stedfortræder", "stedfortraeder") })
        {
            var link = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            Assert.True(await link.IsVisibleAsync(), $"The button '{name}' is not visible.");
            Assert.Equal($"https://agendaflow.region.example/api/rsvp/abcdefghijklmnopqrst?svar={answer}", await link.GetAttributeAsync("href"));
        }

        var screenshot = Artifacts.PathOf("invitation.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the invitation: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_invitation_has_no_accessibility_violations()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(HtmlPart(Meeting()));

        await Axe.AssertNoViolationsAsync(page, "the invitation mail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_invitation_fits_a_phone_screen_apart_from_the_agenda_table()
    {
        // WCAG 1.4.10 Reflow at 320 CSS pixels, as a phone's mail app shows the HTML part. Data tables are exempt
        // (they need two dimensions); everything else, the long Danish meeting title included, must fit.
        var page = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.SetContentAsync(HtmlPart(Meeting()));

        var tooWide = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('main *')]
              .filter(e => !e.closest('table') && e.getBoundingClientRect().right > document.documentElement.clientWidth)
              .map(e => Math.round(e.getBoundingClientRect().right) + ' px: ' + e.outerHTML.slice(0, 60))
            """);
        Assert.True(tooWide.Length == 0, "Wider than a 320 px window: " + string.Join(", ", tooWide));
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).EvaluateAsync<bool>("h => h.scrollWidth <= h.clientWidth"),
            "The meeting title runs out of its heading.");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("<script>window.pwned=1</script>")]
    [InlineData("<img src=x onerror=\"window.pwned=1\">")]
    [InlineData("\"><svg onload=window.pwned=1>")]
    public async Task A_script_in_the_meeting_title_shows_as_text_and_does_not_run(string hostile)
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(HtmlPart(Meeting(hostile)));

        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.pwned === 'undefined'"), "The script in the meeting title ran.");
        Assert.Equal(0, await page.Locator("script, img, svg").CountAsync());
        Assert.Equal(hostile, (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        Assert.Contains(hostile, await page.TitleAsync());
        await page.Context.CloseAsync();
    }
}
