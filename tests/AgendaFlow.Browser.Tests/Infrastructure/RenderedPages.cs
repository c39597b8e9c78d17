using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.Infrastructure;

/// <summary>
/// A page as Core renders it, opened from its markup alone (no app, so no stylesheet): for what it says, its
/// structure, axe-core, and reflow at 320 CSS px (WCAG 1.4.10). The same pages served with the design system are
/// checked by <see cref="PageCheck"/> in the end-to-end tests.
/// </summary>
public static class RenderedPages
{
    /// <summary>WCAG 1.4.10 Reflow: 320 CSS pixels wide, no horizontal scrolling.</summary>
    public const int ReflowWidth = 320;

    public static async Task<IPage> OpenAsync(this Chromium chromium, string html)
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(html);
        return page;
    }

    /// <summary>One h1, and no axe-core violation.</summary>
    public static async Task AssertAccessibleAsync(this Chromium chromium, string html, string name)
    {
        var page = await chromium.OpenAsync(html);
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).CountAsync());
        await Axe.AssertNoViolationsAsync(page, name);
        await page.Context.CloseAsync();
    }

    public static async Task AssertReflowsAsync(this Chromium chromium, string html, string name)
    {
        var page = await chromium.OpenAsync(html);
        await PageCheck.AssertNoSidewaysScrollAsync(page, name, ReflowWidth);
        await page.Context.CloseAsync();
    }
}
