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
        ["afvist e-mailadresse"] = ChairCheckPage.Form(Meeting, Unsure, new InputRefusal("Deltager 2: e-mailadresse", "Skriv præcis én e-mailadresse.") { FormField = "email1" },
            new Dictionary<string, string?> { ["email1"] = "steen@, chef@evil.example" }),
        ["sendt"] = ChairCheckPage.Sent(Meeting with { CheckedBy = "hanne.roed@region.example" }),
        ["ugyldigt link"] = ChairCheckPage.NotFound(),
        ["nyere version uploadet"] = ChairCheckPage.Superseded(Meeting),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task The_chairs_check_page_has_no_accessibility_violations(string which) =>
        chromium.AssertAccessibleAsync(PageHtml[which], $"the chair's check page '{which}'");

    [Theory]
    [MemberData(nameof(Pages))]
    public Task The_chairs_check_page_fits_a_phone_screen_without_scrolling_sideways(string which) =>
        chromium.AssertReflowsAsync(PageHtml[which], $"the chair's check page '{which}'");

    [Fact]
    public async Task The_uncertain_date_and_the_missing_address_are_marked_and_every_field_is_named_by_its_label()
    {
        var page = await chromium.OpenAsync(PageHtml["usikker dato og manglende adresse"]);

        var date = page.GetByLabel("Mødedato", new() { Exact = false });
        Assert.Equal("2027-03-09", await date.InputValueAsync());
        Assert.Contains("usikker", await date.GetAttributeAsync("class") ?? "");
        Assert.Equal("AgendaFlow er usikker her – tjek værdien.", await DescriptionAsync(page, "dato"));
        var address = page.GetByLabel("Deltager 2: e-mailadresse");
        Assert.Contains("usikker", await address.GetAttributeAsync("class") ?? "");
        Assert.Contains("Steen Jakobsen får ingen invitation", await DescriptionAsync(page, "email1"));
        Assert.DoesNotContain("usikker", await page.GetByLabel("Starttidspunkt").GetAttributeAsync("class") ?? "");
        Assert.Contains("mødedato, mødested og e-mailadressen på Steen Jakobsen", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.True(await page.GetByLabel("Fjern Steen Jakobsen fra mødet").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Send invitationerne", Exact = true }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>The text of the elements a field's aria-describedby points at, as a screen reader reads it after the label.</summary>
    private static Task<string> DescriptionAsync(IPage page, string id) => page.EvaluateAsync<string>(
        "id => (document.getElementById(id).getAttribute('aria-describedby') || '').split(' ').filter(x => x).map(x => document.getElementById(x).innerText).join(' ')", id);

    [Fact]
    public async Task A_refused_value_is_announced_with_its_field_and_what_the_chair_typed_is_kept()
    {
        var page = await chromium.OpenAsync(PageHtml["afvist e-mailadresse"]);

        var summary = page.GetByRole(AriaRole.Alert);
        Assert.Contains("Deltager 2: e-mailadresse: Skriv præcis én e-mailadresse.", await summary.InnerTextAsync());
        Assert.Equal("#email1", await summary.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        var field = page.GetByLabel("Deltager 2: e-mailadresse");
        Assert.Equal("steen@, chef@evil.example", await field.InputValueAsync());
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        Assert.Contains("Skriv præcis én e-mailadresse.", await DescriptionAsync(page, "email1"));
        Assert.Equal(1, await page.Locator(".form-group.form-error #email1").CountAsync());
        await page.Context.CloseAsync();
    }
}
