using AgendaFlow.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.EndToEnd;

[Collection(AppInChromiumCollection.Name)]
public sealed class SecretariatKeyInChromiumTests(Azurite azurite, Chromium chromium)
{
    private const string Key = "sekretariatets-noegle-i-chromium";

    [Fact]
    public async Task The_secretariats_link_opens_the_page_and_the_key_leaves_the_address_bar_for_a_cookie_scripts_cannot_read()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite, ("AgendaFlow__SecretariatKey", Key));
        var page = await chromium.NewPageAsync();

        var opened = await page.GotoAsync(new Uri(app.Client.BaseAddress!, $"/api/oversigt?noegle={Key}").AbsoluteUri);

        Assert.Equal(200, opened!.Status);
        Assert.Equal(new Uri(app.Client.BaseAddress!, "/api/oversigt").AbsoluteUri, page.Url);
        Assert.Equal("Møder", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));
        Assert.DoesNotContain(Key, await page.ContentAsync());

        var again = await page.ReloadAsync();
        Assert.Equal(200, again!.Status);
        await page.Context.CloseAsync();
    }
}
