using AgendaFlow.Browser.Tests.Infrastructure;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Referater;
using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.Referater;

/// <summary>A published referat and the committee's index, as the public reads them.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PublishedReferatInChromiumTests(Chromium chromium)
{
    private static PublishedReferat Referat(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", file));
        var document = ((ParseOutcome.Parsed)AgendaFileParser.Parse(bytes, file)).Document;
        return PublishedReferat.From(document, "klynge", new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("klyngestyregruppe-2019-08-30.md")]
    [InlineData("dks-2020-01-15.txt")]
    [InlineData("digital-almen-praksis-2023-12-07.txt")]
    public async Task A_published_referat_page_has_real_headings_and_no_accessibility_violations(string file)
    {
        var referat = Referat(file);
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(ReferatPage.Render(referat));

        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).CountAsync() >= 2);
        Assert.Equal("da", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(0, await page.Locator("script").CountAsync());
        await Axe.AssertNoViolationsAsync(page, $"the published referat of {file}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_closed_item_shows_only_its_number_and_Lukket_punkt()
    {
        var document = ((ParseOutcome.Parsed)AgendaFileParser.Parse(
            System.Text.Encoding.UTF8.GetBytes("Referat\nUdvalget\n\nTid: Torsdag den 10. december 2026 kl. 13.00\n\nDeltagere: Anne Andersen, Bo Bech\n\n1. Budget\nBeslutning: Godkendt.\n\n2. Lukket punkt: Personalesag om Hansen\nBeslutning: Hansen fik en advarsel.\n"),
            "referat.txt")).Document;
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(ReferatPage.Render(PublishedReferat.From(document, "udvalget", DateTimeOffset.UtcNow)));

        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Lukket punkt", text);
        Assert.DoesNotContain("Hansen", text);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_committee_index_links_every_referat_and_offers_the_feed()
    {
        var listings = new[] { Referat("klyngestyregruppe-2019-08-30.md").Listing() };
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(CommitteeIndex.Render("Klyngestyregruppen", listings));

        Assert.True(await page.GetByRole(AriaRole.Link).CountAsync() >= 2);
        Assert.Equal(1, await page.Locator("a[href$='feed.atom']").CountAsync());
        await Axe.AssertNoViolationsAsync(page, "the committee index");
        await page.Context.CloseAsync();
    }
}
