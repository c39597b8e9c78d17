using AgendaFlow.Browser.Tests.Infrastructure;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Scheduling;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Playwright;
using static AgendaFlow.Browser.Tests.Infrastructure.PagesScenario;

namespace AgendaFlow.Browser.Tests.EndToEnd;

/// <summary>
/// The site PublishReferater writes, opened from Azurite's container as the public opens the static website: the
/// container's root is the site's root. Every page is checked at 360, 390 and 1280 px (see <see cref="PageCheck"/>).
/// </summary>
[Collection(AppInChromiumCollection.Name)]
public sealed class PublishedSiteThroughTheAppTests(Azurite azurite, Chromium chromium)
{
    /// <summary>Real minutes from the corpus: twenty-odd participants with long titles, guests, apologies, long items.</summary>
    private const string CorpusReferat = "klyngestyregruppe-2019-08-30.md";

    [Fact]
    public async Task The_published_site_opened_from_storage_shows_committees_by_name_the_approval_and_its_own_design()
    {
        await using var scenario = await StartAsync(azurite);
        var (app, committee, data) = (scenario.App, scenario.Committee, scenario.Data);
        var other = committee + "b";
        await data.UploadRosterAsync(other, $"Udvalg;{OtherCommitteeName}\nNavn;E-mail;Rolle\nDorthe Eriksen;dorthe@{other}.example;formand\n");
        // The other committee has only a coming meeting: its calendar page is written, and the front page lists it.
        await data.UploadAgendaAsync($"{other}/dagsorden.txt", Agenda("Dagsorden", "Klyngestyregruppen", new DateOnly(DateTime.UtcNow.Year + 1, 4, 8), other));
        var today = CopenhagenTime.DateOf(DateTimeOffset.UtcNow);
        var approved = today.AddDays(-1);
        await data.UploadAgendaAsync($"{committee}/referat.txt", Agenda("Referat", "Sundhedsstyregruppen", today.AddDays(-7), committee, $"Godkendt: {approved:yyyy-MM-dd}"));
        await data.UploadAgendaAsync($"{committee}/{CorpusReferat}", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", CorpusReferat)),
            new Dictionary<string, string> { ["approved"] = "true" });
        await app.Logs.WaitForAsync("is a referat", TimeSpan.FromSeconds(60), occurrences: 2);
        await data.TokenOfAsync(AddressOf("Anne Andersen", other), TimeSpan.FromSeconds(60), app);
        Assert.True((await app.Client.PostAsync("/admin/functions/PublishReferater", null)).IsSuccessStatusCode);
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("referater");
        // As the static website in Azure: readable without a key.
        await container.SetAccessPolicyAsync(PublicAccessType.Blob);
        var site = container.Uri.AbsoluteUri.TrimEnd('/') + "/";

        var page = await OpenPageAsync(chromium);
        var failed = new List<string>();
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && !r.Url.Contains("findes-ikke", StringComparison.Ordinal))
            {
                failed.Add($"{r.Status} {r.Url}");
            }
        };
        await page.GotoAsync(site + "index.html");
        var front = await page.Locator("main").InnerTextAsync();
        Assert.Contains(CommitteeName, front);
        Assert.Contains(OtherCommitteeName, front);
        Assert.DoesNotContain($">{committee}<", await page.Locator("main").InnerHTMLAsync());
        await AssertRelativeStylesheetAsync(page);
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "forside");
        await AssertEveryLinkInTheSiteAnswersAsync(page, site);

        await page.GetByRole(AriaRole.Link, new() { Name = CommitteeName, Exact = true }).First.ClickAsync();
        Assert.Equal($"Referater: {CommitteeName}", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        await AssertRelativeStylesheetAsync(page);
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "udvalg");
        await AssertEveryLinkInTheSiteAnswersAsync(page, site);

        // The referat's page is named by its date first (2026-11-25-...html); the newest is first.
        await page.Locator("main li a[href^='20']").First.ClickAsync();
        var referat = await page.Locator("main").InnerTextAsync();
        Assert.Contains($"Godkendt den {DanishText.ShortDate(approved)} og offentliggjort den {DanishText.ShortDate(today)}.", referat);
        Assert.Contains(CommitteeName, referat);
        await AssertRelativeStylesheetAsync(page);
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "referat");

        await page.GoBackAsync();
        await page.Locator("main li a[href^='2019-08-30']").ClickAsync();
        var minutes = await page.Locator("main").InnerTextAsync();
        Assert.Contains($"Godkendt og offentliggjort den {DanishText.ShortDate(today)}.", minutes);
        Assert.Contains("Hospitalsdirektør", minutes);
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "referat-mange-deltagere");

        // Back to the root through the breadcrumbs: the relative links lead up from the committee's folder.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Brødkrumme" }).GetByRole(AriaRole.Link, new() { Name = "Alle udvalg" }).ClickAsync();
        Assert.Equal(site + "index.html", page.Url);

        await page.GotoAsync(site + "404.html");
        Assert.Equal("Siden findes ikke", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "404");

        // The static website serves its error document at whatever address was asked for. Azurite has no static
        // website endpoint, so the browser is given 404.html's bytes from storage at a deep address, with 404, as
        // Azure would; its stylesheet, fonts and link home then load from the real container.
        var notFound = await container.GetBlobClient("404.html").DownloadContentAsync();
        var deep = site + $"{committee}/findes-ikke/2019-01-01-side.html";
        await page.RouteAsync(deep, route => route.FulfillAsync(new() { Status = 404, ContentType = "text/html; charset=utf-8", BodyBytes = notFound.Value.Content.ToArray() }));
        await page.GotoAsync(deep);
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "404-dyb-adresse");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gå til forsiden med alle udvalg og referater" }).ClickAsync();
        Assert.Contains(CommitteeName, await page.Locator("main").InnerTextAsync());

        Assert.True(failed.Count == 0, "Requests that failed: " + string.Join(", ", failed));
        await page.Context.CloseAsync();
    }

    private static async Task AssertRelativeStylesheetAsync(IPage page)
    {
        var href = await page.Locator("link[rel=stylesheet]").GetAttributeAsync("href");
        Assert.Matches("^(\\.\\./)?assets/dkfds/css/dkfds\\.min\\.css$", href!);
    }

    /// <summary>Every relative link on the page (pages, feeds, calendars) resolves inside the site and answers 200.</summary>
    private static async Task AssertEveryLinkInTheSiteAnswersAsync(IPage page, string site)
    {
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].filter(a => !/^[a-z]+:/i.test(a.getAttribute('href')) && !a.getAttribute('href').startsWith('#')).map(a => a.href)");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.StartsWith(site, link);
            var response = await page.APIRequest.GetAsync(link);
            Assert.True(response.Status == 200, $"{link} answered {response.Status}.");
        }
    }
}
