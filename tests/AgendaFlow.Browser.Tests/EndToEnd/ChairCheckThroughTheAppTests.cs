using AgendaFlow.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static AgendaFlow.Browser.Tests.Infrastructure.PagesScenario;

namespace AgendaFlow.Browser.Tests.EndToEnd;

/// <summary>
/// The chair's check page (Dagsordentjek) as the real app serves it: an upload held for the chair, with the roster's
/// fifteen participants, checked in Chromium at 360, 390 and 1280 px (see <see cref="PageCheck"/>).
/// </summary>
[Collection(AppInChromiumCollection.Name)]
public sealed class ChairCheckThroughTheAppTests(Azurite azurite, Chromium chromium)
{
    [Fact]
    public async Task The_chair_corrects_a_refused_address_at_its_field_sends_once_and_a_refresh_sends_nothing_again()
    {
        await using var scenario = await StartAsync(azurite, chairCheck: "Always");
        var (app, committee, data) = (scenario.App, scenario.Committee, scenario.Data);
        var blob = $"{committee}/dagsorden.txt";
        await data.UploadAgendaAsync(blob, Agenda("Dagsorden", "Sundhedsstyregruppen", new DateOnly(DateTime.UtcNow.Year + 1, 3, 11), committee));
        var token = await data.ChairCheckTokenOfAsync(blob, TimeSpan.FromSeconds(60), app);

        var page = await OpenPageAsync(chromium);
        await page.GotoAsync(scenario.Url($"/api/tjek/{token}"));
        Assert.Equal("Tjek dagsordenen før udsendelse", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        Assert.Equal(15, await page.Locator("fieldset.deltager").CountAsync());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "tjek");

        // A refused address: the page answers the post itself, names the field above the form, and marks the field.
        var address = page.GetByLabel("Deltager 2: e-mailadresse");
        var original = await address.InputValueAsync();
        await address.FillAsync("bo@, chef@evil.example");
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Send invitationerne" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        Assert.Contains("Deltager 2: e-mailadresse", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.Equal(1, await page.Locator(".form-group.form-error .form-error-message").CountAsync());
        Assert.Equal("true", await page.GetByLabel("Deltager 2: e-mailadresse").GetAttributeAsync("aria-invalid"));
        Assert.Equal("bo@, chef@evil.example", await page.GetByLabel("Deltager 2: e-mailadresse").InputValueAsync());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "tjek-fejl");

        // Post, then redirect: the page after sending is fetched with GET, so a refresh asks nothing and sends nothing.
        await page.GetByLabel("Deltager 2: e-mailadresse").FillAsync(original);
        var sent = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Send invitationerne" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(303, sent.Status);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Invitationerne er sendt", Level = 1 }).WaitForAsync();
        Assert.EndsWith($"/api/tjek/{token}", page.Url);
        Assert.Contains("15 deltagere har fået en invitation", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await PageCheck.AssertGoodAtBothWidthsAsync(page, "tjek-sendt");
        var reload = await page.ReloadAsync();
        Assert.Equal("GET", reload!.Request.Method);
        Assert.Equal(1, app.Logs.Count("checked by its chair"));
        await page.Context.CloseAsync();
    }
}
