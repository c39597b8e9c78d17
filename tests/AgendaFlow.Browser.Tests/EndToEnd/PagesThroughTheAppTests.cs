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
    [Fact]
    public async Task The_answer_page_and_the_secretariat_page_look_right_at_both_widths_and_a_refresh_never_posts_twice()
    {
        await using var scenario = await PagesScenario.StartAsync(azurite);
        var (app, committee, data) = (scenario.App, scenario.Committee, scenario.Data);
        var meetingDate = new DateOnly(DateTime.UtcNow.Year + 1, 3, 11);
        var anne = PagesScenario.AddressOf("Anne Andersen", committee);
        await data.UploadAgendaAsync($"{committee}/dagsorden.txt", PagesScenario.Agenda("Dagsorden", "Sundhedsstyregruppen", meetingDate, committee));
        var token = await data.TokenOfAsync(anne, TimeSpan.FromSeconds(60), app);
        var meetingId = MeetingId.For(committee, meetingDate);
        var history = app.Services.GetRequiredService<AttendanceStore>();

        var page = await PagesScenario.OpenPageAsync(chromium);
        await page.GotoAsync(scenario.Url($"/api/rsvp/{token}?svar=afbud"));
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
        await page.GotoAsync(scenario.Url($"/api/rsvp/{token}?svar=stedfortraeder"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft: Jeg sender en stedfortræder" }).ClickAsync();
        var fieldError = page.Locator(".form-group.form-error .form-error-message");
        await fieldError.WaitForAsync();
        Assert.Contains("stedfortræderens navn", await fieldError.InnerTextAsync());
        Assert.Equal("navn-error", await page.GetByLabel("Stedfortræderens navn").GetAttributeAsync("aria-describedby"));
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "svarside-fejl");

        var key = scenario.SecretariatKey;
        await page.GotoAsync(scenario.Url($"/api/oversigt?noegle={key}"));
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "sekretariat-moeder");
        await page.GotoAsync(scenario.Url($"/api/oversigt/{meetingId}?noegle={key}"));
        Assert.Contains(PagesScenario.CommitteeName, await page.Locator("main").InnerTextAsync());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "sekretariat");
        // DKFDS's tiered table: a stack of labelled cells on a phone, columns on a desktop, inside its own scroll box.
        var seats = page.GetByRole(AriaRole.Region, new() { Name = "Pladser" }).GetByRole(AriaRole.Table);
        await page.SetViewportSizeAsync(390, 900);
        Assert.False(await seats.Locator("thead").IsVisibleAsync());
        Assert.Equal("block", await seats.Locator("tbody td").First.EvaluateAsync<string>("td => getComputedStyle(td).display"));
        await page.SetViewportSizeAsync(1280, 900);
        Assert.True(await seats.Locator("thead").IsVisibleAsync());
        Assert.Equal(15, await seats.Locator("tbody tr").CountAsync());
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
    public async Task The_app_serves_the_design_systems_stylesheet_and_fonts_and_nothing_outside_them()
    {
        await using var scenario = await PagesScenario.StartAsync(azurite);
        var app = scenario.App;

        var css = await app.Client.GetAsync("/api/assets/dkfds/css/dkfds.min.css");
        var font = await app.Client.GetAsync("/api/assets/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2");
        var outside = await app.Client.GetAsync("/api/assets/dkfds/..%2F..%2FAgendaFlow.Functions.dll");

        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        Assert.Contains("IBM Plex Sans", await css.Content.ReadAsStringAsync());
        Assert.Equal("font/woff2", font.Content.Headers.ContentType!.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, outside.StatusCode);
    }
}
