using System.Globalization;
using System.Text;
using AgendaFlow.Browser.Tests.Infrastructure;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AgendaFlow.Browser.Tests.EndToEnd;

/// <summary>
/// Every page people read, served by the real app (standalone, real Azurite) or published by it, opened in Chromium
/// at 390 px and 1280 px with a committee's roster and real-looking agenda and referat (see <see cref="PageCheck"/>).
/// </summary>
[Collection(AppInChromiumCollection.Name)]
public sealed class PagesThroughTheAppTests(Azurite azurite, Chromium chromium, ITestOutputHelper output)
{
    private const string CommitteeName = "Sundhedsstyregruppen for Lillebælt";
    private const string OtherCommitteeName = "Klyngestyregruppen for Vejle";
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    [Fact]
    public async Task The_answer_page_and_the_secretariat_page_look_right_at_both_widths_and_a_refresh_never_posts_twice()
    {
        var (app, committee, data) = await StartAsync();
        await using var _ = app;
        var meetingDate = new DateOnly(DateTime.UtcNow.Year + 1, 3, 11);
        var anne = $"anne.andersen@{committee}.example";
        await data.UploadAgendaAsync($"{committee}/dagsorden.txt", Agenda("Dagsorden", "Sundhedsstyregruppen", meetingDate, committee));
        var token = await data.TokenOfAsync(anne, TimeSpan.FromSeconds(60), app);
        var meetingId = MeetingId.For(committee, meetingDate);
        var history = app.Services.GetRequiredService<AttendanceStore>();

        var page = await OpenPageAsync();
        await page.GotoAsync(Url(app, $"/api/rsvp/{token}?svar=afbud"));
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "svarside");
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft: Jeg melder afbud", Exact = true }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Jeg melder afbud", Exact = true }).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Jeg deltager", Exact = true }).CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft: Jeg melder afbud", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**svaret=ja", new() { Timeout = 120_000 });
        Assert.Contains("Vi har registreret dit afbud", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "svar-registreret");
        await page.ReloadAsync();
        Assert.Contains("Vi har registreret dit afbud", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Single(await history.HistoryAsync(meetingId, CancellationToken.None), a => a.ParticipantKey == anne);

        // The stand-in form refuses a missing name in DKFDS's error style, at the field, naming it.
        await page.GotoAsync(Url(app, $"/api/rsvp/{token}?svar=stedfortraeder"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft: Jeg sender en stedfortræder" }).ClickAsync();
        var fieldError = page.Locator(".form-group.form-error .form-error-message");
        await fieldError.WaitForAsync();
        Assert.Contains("stedfortræderens navn", await fieldError.InnerTextAsync());
        Assert.Equal("navn-error", await page.GetByLabel("Stedfortræderens navn").GetAttributeAsync("aria-describedby"));
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "svarside-fejl");

        var key = SecretariatKey;
        await page.GotoAsync(Url(app, $"/api/oversigt?noegle={key}"));
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "sekretariat-moeder");
        await page.GotoAsync(Url(app, $"/api/oversigt/{meetingId}?noegle={key}"));
        Assert.Contains(CommitteeName, await page.Locator("main").InnerTextAsync());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "sekretariat");
        await page.GetByLabel("Plads (medlem)").SelectOptionAsync(new SelectOptionValue { Label = "Bo Bech" });
        await page.GetByLabel("Deltager", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Registreret af").FillAsync("Karin Holm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér svar" }).ClickAsync();
        await page.WaitForURLAsync("**registreret=*", new() { Timeout = 120_000 });
        Assert.Contains("Svaret for Bo Bech er registreret.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "sekretariat-registreret");
        await page.ReloadAsync();
        Assert.Equal(2, (await history.HistoryAsync(meetingId, CancellationToken.None)).Count);
        output.WriteLine($"Screenshots: {Path.GetDirectoryName(Artifacts.PathOf(Path.Combine("pages", "svarside-390.png")))}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_published_site_opened_from_storage_shows_committees_by_name_the_approval_and_its_own_design()
    {
        var (app, committee, data) = await StartAsync();
        await using var _ = app;
        var other = committee + "b";
        await data.UploadRosterAsync(other, $"Udvalg;{OtherCommitteeName}\nNavn;E-mail;Rolle\nDorthe Eriksen;dorthe@{other}.example;formand\n");
        // The other committee has only a coming meeting: its calendar page is written, and the front page lists it.
        await data.UploadAgendaAsync($"{other}/dagsorden.txt", Agenda("Dagsorden", "Klyngestyregruppen", new DateOnly(DateTime.UtcNow.Year + 1, 4, 8), other));
        var today = CopenhagenTime.DateOf(DateTimeOffset.UtcNow);
        var approved = today.AddDays(-1);
        await data.UploadAgendaAsync($"{committee}/referat.txt", Agenda("Referat", "Sundhedsstyregruppen", today.AddDays(-7), committee, $"Godkendt: {approved:yyyy-MM-dd}"));
        await app.Logs.WaitForAsync("is a referat", TimeSpan.FromSeconds(60));
        await data.TokenOfAsync($"anne.andersen@{other}.example", TimeSpan.FromSeconds(60), app);
        Assert.True((await app.Client.PostAsync("/admin/functions/PublishReferater", null)).IsSuccessStatusCode);
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("referater");
        // As the static website in Azure: readable without a key.
        await container.SetAccessPolicyAsync(PublicAccessType.Blob);
        var site = container.Uri.AbsoluteUri.TrimEnd('/') + "/";

        var page = await OpenPageAsync();
        await page.GotoAsync(site + "index.html");
        var front = await page.Locator("main").InnerTextAsync();
        Assert.Contains(CommitteeName, front);
        Assert.Contains(OtherCommitteeName, front);
        Assert.DoesNotContain($">{committee}<", await page.Locator("main").InnerHTMLAsync());
        await AssertRelativeStylesheetAsync(page);
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "forside");

        await page.GetByRole(AriaRole.Link, new() { Name = CommitteeName, Exact = true }).First.ClickAsync();
        Assert.Equal($"Referater: {CommitteeName}", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        await AssertRelativeStylesheetAsync(page);
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "udvalg");

        // The referat's page is named by its date first (2026-11-25-...html).
        await page.Locator("main li a[href^='20']").First.ClickAsync();
        var referat = await page.Locator("main").InnerTextAsync();
        Assert.Contains($"Godkendt den {DanishText.ShortDate(approved)} og offentliggjort den {DanishText.ShortDate(today)}.", referat);
        Assert.Contains(CommitteeName, referat);
        await AssertRelativeStylesheetAsync(page);
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "referat");

        await page.GotoAsync(site + "404.html");
        Assert.Equal("Siden findes ikke", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "404");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_app_serves_the_design_systems_stylesheet_and_fonts_and_nothing_outside_them()
    {
        var (app, _, _) = await StartAsync();
        await using var _app = app;

        var css = await app.Client.GetAsync("/api/assets/dkfds/css/dkfds.min.css");
        var font = await app.Client.GetAsync("/api/assets/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2");
        var outside = await app.Client.GetAsync("/api/assets/dkfds/..%2F..%2FAgendaFlow.Functions.dll");

        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        Assert.Contains("IBM Plex Sans", await css.Content.ReadAsStringAsync());
        Assert.Equal("font/woff2", font.Content.Headers.ContentType!.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, outside.StatusCode);
    }

    private static readonly string SecretariatKey = $"noegle{Guid.NewGuid():N}";

    private async Task<(RunningApp App, string Committee, AppData Data)> StartAsync()
    {
        var committee = $"sider{Guid.NewGuid():N}"[..14];
        var data = new AppData(azurite);
        await data.UploadRosterAsync(committee, new StringBuilder()
            .AppendLine($"Udvalg;{CommitteeName}")
            .AppendLine("Navn;E-mail;Rolle;Organisation;Titel")
            .AppendLine($"Anne Andersen;anne.andersen@{committee}.example;formand;Vejle Kommune;Direktør")
            .AppendLine($"Bo Bech;bo.bech@{committee}.example;;Region Syddanmark;Sundhedsfaglig chef")
            .AppendLine($"Carl Dahl;carl.dahl@{committee}.example;;Kolding Kommune;Sundheds- og ældrechef")
            .AppendLine($"Karin Holm;karin.holm@{committee}.example;sekretariat;Region Syddanmark;")
            .ToString());
        var app = await RunningApp.StandaloneAsync(
            azurite,
            ("AgendaFlow__Standalone__AgendaPollInterval", "00:00:00.250"),
            ("AgendaFlow__ChairCheck__Mode", "Never"),
            ("AgendaFlow__Smtp__Host", "127.0.0.1"),
            ("AgendaFlow__Smtp__Port", FreePort.Next().ToString(CultureInfo.InvariantCulture)),
            ("AgendaFlow__Smtp__Security", "None"),
            ("AgendaFlow__FromAddress", "dagsorden@region.example"),
            ("AgendaFlow__SecretariatKey", SecretariatKey),
            ("AgendaFlow__PublicBaseUrl", "https://agendaflow.region.example"));
        return (app, committee, data);
    }

    /// <summary>A page with time to spare: the app and Azurite answer slowly when the machine is busy.</summary>
    private async Task<IPage> OpenPageAsync()
    {
        var page = await chromium.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        return page;
    }

    private static string Url(RunningApp app, string path) => new Uri(app.Client.BaseAddress!, path).AbsoluteUri;

    private static async Task AssertRelativeStylesheetAsync(IPage page)
    {
        var href = await page.Locator("link[rel=stylesheet]").GetAttributeAsync("href");
        Assert.Matches("^(\\.\\./)?assets/dkfds/css/dkfds\\.min\\.css$", href!);
    }

    /// <summary>An agenda or referat as committees write them: header, participants, long Danish compounds, a break.</summary>
    private static string Agenda(string kind, string title, DateOnly date, string committee, string? approval = null) => new StringBuilder()
        .AppendLine(kind)
        .AppendLine(title)
        .AppendLine(approval ?? "")
        .AppendLine()
        .AppendLine($"Tid: {date.ToString("dddd 'den' d. MMMM yyyy", Danish)} kl. 13.00-15.30")
        .AppendLine("Sted: Regionshuset Vejle, mødelokale Lillebælt")
        .AppendLine("Mødeleder: Anne Andersen")
        .AppendLine("Referent: Karin Holm")
        .AppendLine()
        .AppendLine("Deltagere:")
        .AppendLine($"Anne Andersen, anne.andersen@{committee}.example")
        .AppendLine($"Bo Bech, bo.bech@{committee}.example")
        .AppendLine($"Carl Dahl, carl.dahl@{committee}.example")
        .AppendLine()
        .AppendLine("1. Godkendelse af dagsorden (kl. 13.00-13.10)")
        .AppendLine(kind == "Referat" ? "Beslutning: Dagsordenen blev godkendt." : "")
        .AppendLine()
        .AppendLine("2. Sundhedsaftaleimplementeringsplanen for Klyngestyregruppemøderne (kl. 13.10-14.20)")
        .AppendLine("Resume: Styregruppen drøfter implementeringsplanen for sundhedsaftalen og ældreområdets rehabiliteringsforløb.")
        .AppendLine(kind == "Referat" ? "Beslutning: Implementeringsplanen blev godkendt med de bemærkninger, der kom frem på mødet." : "")
        .AppendLine()
        .AppendLine("3. Eventuelt (kl. 14.30-15.30)")
        .AppendLine(kind == "Referat" ? "Beslutning: Intet." : "")
        .ToString();
}
