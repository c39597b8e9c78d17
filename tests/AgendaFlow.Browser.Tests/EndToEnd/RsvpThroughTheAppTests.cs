using System.Text;
using AgendaFlow.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AgendaFlow.Browser.Tests.EndToEnd;

/// <summary>The real app (standalone mode, real Azurite) and a participant answering in Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class AppInChromiumCollection : ICollectionFixture<Azurite>, ICollectionFixture<Chromium>
{
    public const string Name = "AppInChromium";
}

[Collection(AppInChromiumCollection.Name)]
public sealed class RsvpThroughTheAppTests(Azurite azurite, Chromium chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task A_participant_opens_the_afbud_link_presses_the_button_and_sees_the_afbud_recorded()
    {
        var committee = $"browser{Guid.NewGuid():N}"[..16];
        var address = $"anne.andersen.{committee}@kommune.example";
        // No mail server: SMTP points at a closed port, so the invitations wait in the outbox; the token is made anyway.
        await using var app = await RunningApp.StandaloneAsync(
            azurite,
            ("AgendaFlow__Standalone__AgendaPollInterval", "00:00:00.250"),
            // The test's addresses carry a random suffix that does not match the names, which the chair's check would hold.
            ("AgendaFlow__ChairCheck__Mode", "Never"),
            ("AgendaFlow__Smtp__Host", "127.0.0.1"),
            ("AgendaFlow__Smtp__Port", FreePort.Next().ToString()),
            ("AgendaFlow__Smtp__Security", "None"),
            ("AgendaFlow__FromAddress", "dagsorden@region.example"),
            ("AgendaFlow__PublicBaseUrl", "https://agendaflow.region.example"));
        var data = new AppData(azurite);
        await data.UploadAgendaAsync($"{committee}/dagsorden.txt", new StringBuilder()
            .AppendLine("Dagsorden")
            .AppendLine("Følgegruppen for sundhedsaftalen")
            .AppendLine()
            .AppendLine($"Tid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 09.00-10.00")
            .AppendLine("Sted: Mødelokale 3")
            .AppendLine()
            .AppendLine("Deltagere:")
            .AppendLine($"Anne Andersen, {address}")
            .AppendLine($"Bo Bech, bo.bech.{committee}@kommune.example")
            .AppendLine()
            .AppendLine("1. Godkendelse af dagsorden")
            .AppendLine("2. Eventuelt")
            .ToString());
        var token = await data.TokenOfAsync(address, TimeSpan.FromSeconds(60), app);

        var page = await chromium.NewPageAsync();
        var opened = await page.GotoAsync(new Uri(app.Client.BaseAddress!, $"/api/rsvp/{token}?svar=afbud").AbsoluteUri);

        Assert.Equal(200, opened!.Status);
        Assert.Equal("Følgegruppen for sundhedsaftalen", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        Assert.Contains("ikke svaret endnu", await page.Locator("main").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page, "the confirm page served by the app");

        await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft: Jeg melder afbud", Exact = true }).ClickAsync();
        var recorded = page.GetByRole(AriaRole.Status);
        await recorded.WaitForAsync(new() { Timeout = 30_000 });

        Assert.Contains("Vi har registreret dit afbud", await recorded.InnerTextAsync());
        Assert.Equal("Tak for dit svar", await page.TitleAsync());
        await Axe.AssertNoViolationsAsync(page, "the page that confirms the afbud");
        var screenshot = Artifacts.PathOf("rsvp-afbud-registreret.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the recorded afbud: {screenshot}");

        await page.GotoAsync(new Uri(app.Client.BaseAddress!, $"/api/rsvp/{token}").AbsoluteUri);
        Assert.Contains("Dit svar lige nu: afbud", await page.Locator("main").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
