using AgendaFlow.Browser.Tests.Infrastructure;
using AgendaFlow.Core.Input;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.ChairChecks;

/// <summary>The chair's check page behind the link in the receipt "Tjek dagsordenen før udsendelse", as Chromium shows it.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ChairCheckPageInChromiumTests(Chromium chromium)
{
    private static readonly Meeting Meeting =
        new(MeetingId.For("sundhed", new DateOnly(2027, 3, 9)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2027, 3, 9),
            new TimeOnly(9, 0), new TimeOnly(11, 0), "Regionshuset, mødelokale 1",
            [new Invitee("Hanne Roed", "hanne.roed@region.example", Role: "formand"), new Invitee("Steen Jakobsen", null)],
            [new AgendaLine("1", "Godkendelse af dagsorden")]);

    private static readonly ChairCheckDecision Unsure = ChairCheck.Decide(["date", "location"], ["Steen Jakobsen"], ChairCheckMode.WhenUnsure);

    public static TheoryData<string> Pages => new(PageHtml.Keys);

    private static readonly Dictionary<string, string> PageHtml = new()
    {
        ["usikker dato og manglende adresse"] = ChairCheckPage.Form(Meeting, Unsure),
        ["altid tjek, intet usikkert"] = ChairCheckPage.Form(Meeting, ChairCheck.Decide([], [], ChairCheckMode.Always)),
        ["afvist e-mailadresse"] = ChairCheckPage.Form(Meeting, Unsure, new InputRefusal("Deltager 2: e-mailadresse", "Skriv præcis én e-mailadresse."),
            new Dictionary<string, string?> { ["email1"] = "steen@, chef@evil.example" }),
        ["sendt"] = ChairCheckPage.Sent(Meeting with { CheckedBy = "hanne.roed@region.example" }),
        ["ugyldigt link"] = ChairCheckPage.NotFound(),
        ["nyere version uploadet"] = ChairCheckPage.Superseded(Meeting),
    };

    private async Task<IPage> OpenAsync(string html)
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(html);
        return page;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_chairs_check_page_has_no_accessibility_violations(string which)
    {
        var page = await OpenAsync(PageHtml[which]);

        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).CountAsync());
        await Axe.AssertNoViolationsAsync(page, $"the chair's check page '{which}'");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_chairs_check_page_fits_a_phone_screen_without_scrolling_sideways(string which)
    {
        var page = await OpenAsync(PageHtml[which]);
        await page.SetViewportSizeAsync(320, 640);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page '{which}' is {widths[0]} px wide in a {widths[1]} px window.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_uncertain_date_and_the_missing_address_are_marked_and_every_field_is_named_by_its_label()
    {
        var page = await OpenAsync(PageHtml["usikker dato og manglende adresse"]);

        var date = page.GetByLabel("Mødedato", new() { Exact = false });
        Assert.Equal("2027-03-09", await date.InputValueAsync());
        Assert.Contains("usikker", await date.GetAttributeAsync("class") ?? "");
        Assert.Contains("usikker", await page.GetByLabel("Steen Jakobsen: e-mailadresse", new() { Exact = false }).GetAttributeAsync("class") ?? "");
        Assert.Null(await page.GetByLabel("Starttidspunkt", new() { Exact = false }).GetAttributeAsync("class"));
        Assert.Contains("mødedato, mødested og e-mailadressen på Steen Jakobsen", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.True(await page.GetByLabel("Fjern Steen Jakobsen fra mødet").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Send invitationerne", Exact = true }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_value_is_announced_with_its_field_and_what_the_chair_typed_is_kept()
    {
        var page = await OpenAsync(PageHtml["afvist e-mailadresse"]);

        Assert.Contains("Deltager 2: e-mailadresse", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.Equal("steen@, chef@evil.example", await page.GetByLabel("Steen Jakobsen: e-mailadresse", new() { Exact = false }).InputValueAsync());
        await page.Context.CloseAsync();
    }
}
