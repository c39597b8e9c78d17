using System.Globalization;
using System.Text;
using AgendaFlow.Browser.Tests.EndToEnd;
using AgendaFlow.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AgendaFlow.Browser.Tests.Invitations;

/// <summary>
/// The invitation exactly as the app mails it: an agenda uploaded to the running app (standalone, real Azurite), sent
/// through a real OpenSMTPD into Dovecot, fetched over IMAP, and its HTML part opened in Chromium as a mail program
/// that renders HTML shows it, at a phone's width and a desktop's.
/// </summary>
[Collection(AppInChromiumCollection.Name)]
public sealed class InvitationThroughTheAppTests(Azurite azurite, Chromium chromium, MailServers mail, ITestOutputHelper output)
    : IClassFixture<MailServers>
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    [Fact]
    public async Task The_mailed_invitation_shows_the_break_in_its_place_and_reads_well_at_390_and_1280_px()
    {
        var committee = $"invitation{Guid.NewGuid():N}"[..18];
        var anne = MailServers.NewAddress("anne.andersen");
        var bo = MailServers.NewAddress("bo.bech");
        // An agenda mailbox of its own: the app's scheduled CollectReplies reads it, and no other test's replies are there.
        await using var app = await MailApp.StartAsync(azurite, mail, MailServers.NewAddress("dagsorden"));
        await new AppData(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", Agenda(anne, bo, new DateOnly(DateTime.UtcNow.Year + 1, 3, 11)));

        var messages = await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(180));
        var html = Assert.Single(messages).HtmlBody ?? throw new InvalidOperationException("The invitation has no HTML part.");
        var page = await chromium.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.SetContentAsync(html);

        var agenda = page.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Emne" }) });
        var rows = await agenda.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(5, rows.Count);
        Assert.StartsWith("1", rows[0].Trim(), StringComparison.Ordinal);
        Assert.StartsWith("2", rows[1].Trim(), StringComparison.Ordinal);
        Assert.Contains("Pause", rows[2], StringComparison.Ordinal);
        Assert.Contains("kl. 14.20–14.30", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("3", rows[3].Trim(), StringComparison.Ordinal);
        Assert.StartsWith("4", rows[4].Trim(), StringComparison.Ordinal);

        var pause = agenda.Locator("tbody tr").Nth(2);
        var item = agenda.Locator("tbody tr").Nth(1);
        const string Look = "r => { const s = getComputedStyle(r.cells[1]); return s.fontStyle + ' ' + s.backgroundColor; }";
        Assert.NotEqual(await item.EvaluateAsync<string>(Look), await pause.EvaluateAsync<string>(Look));

        await PageCheck.AssertGoodAtBothWidthsAsync(page, "invitation", designSystem: false);
        await page.SetViewportSizeAsync(390, 900);
        Assert.True(await pause.IsVisibleAsync(), "The break's line is not visible at 390 px.");
        Assert.True(await page.GetByText("Sundhedsaftaleimplementeringsplanen", new() { Exact = false }).First.IsVisibleAsync());
        output.WriteLine($"Screenshots: {Artifacts.PathOf(Path.Combine("pages", "invitation-390.png"))} and invitation-1280.png");
        await page.Context.CloseAsync();
    }

    /// <summary>An agenda as committees write them: long Danish compounds, presenters, and a break between two items.</summary>
    private static string Agenda(string anne, string bo, DateOnly date) => new StringBuilder()
        .AppendLine("Dagsorden")
        .AppendLine("Klyngestyregruppemødet for Sundhedsklynge Lillebælt")
        .AppendLine()
        .AppendLine($"Tid: {date.ToString("dddd 'den' d. MMMM yyyy", Danish)} kl. 13.00-15.30")
        .AppendLine("Sted: Regionshuset Vejle, mødelokale Lillebælt")
        .AppendLine("Mødeleder: Anne Andersen")
        .AppendLine()
        .AppendLine("Deltagere:")
        .AppendLine($"Anne Andersen, {anne}")
        .AppendLine($"Bo Bech, {bo}")
        .AppendLine()
        .AppendLine("1. Godkendelse af dagsorden (kl. 13.00-13.05) v/Anne Andersen")
        .AppendLine()
        .AppendLine("2. Sundhedsaftaleimplementeringsplanen og ældreområdets rehabiliteringsforløb (kl. 13.05-14.20) v/Bo Bech")
        .AppendLine("Resume: Styregruppen drøfter implementeringsplanen for sundhedsaftalen.")
        .AppendLine()
        .AppendLine("Pause kl. 14.20–14.30")
        .AppendLine()
        .AppendLine("3. Kvalitetsudviklingsprojekterne i Praksisplanudvalget (kl. 14.30-15.20) v/Anne Andersen")
        .AppendLine()
        .AppendLine("4. Eventuelt (kl. 15.20-15.30)")
        .ToString();
}
