using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.Infrastructure;

/// <summary>
/// What every page people read must do, checked at a phone's width (390 px) and a desktop's (1280 px): no axe-core
/// WCAG 2.1 AA violation, nothing wider than the window, and Det Fælles Designsystem's stylesheet actually applied.
/// A small phone (360 px) is checked for sideways scrolling too. A screenshot of each of the two widths goes to
/// <c>artifacts/pages/{name}-{width}.png</c>. A mail's HTML part cannot load the design system (mail programs load no
/// stylesheets), so for it <c>designSystem</c> is false and the rest still holds.
/// </summary>
public static class PageCheck
{
    public static readonly int[] Widths = [390, 1280];

    /// <summary>The narrowest phone the pages are made for (the issue's 360–390 px); only sideways scrolling is checked there.</summary>
    public const int SmallPhone = 360;

    /// <summary>DKFDS sets IBM Plex Sans on the body; nothing else on these pages names that font, so it is DKFDS's own style.</summary>
    public const string DkfdsFont = "IBM Plex Sans";

    public static async Task AssertGoodAtBothWidthsAsync(IPage page, string name, bool designSystem = true)
    {
        await AssertNoSidewaysScrollAsync(page, name, SmallPhone);
        foreach (var width in Widths)
        {
            await AssertNoSidewaysScrollAsync(page, name, width);
            await Axe.AssertNoViolationsAsync(page, $"{name} at {width} px");
            if (designSystem)
            {
                Assert.Contains(DkfdsFont, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"));
                Assert.True(await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return [...document.fonts].some(f => f.family.includes('IBM Plex Sans') && f.status === 'loaded'); }"), $"{name}: the IBM Plex Sans font did not load.");
            }
            var screenshot = Artifacts.PathOf(Path.Combine("pages", $"{name}-{width}.png"));
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }
    }

    /// <summary>At <paramref name="width"/> px the page is no wider than the window; the failure names what sticks out.</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page, string name, int width)
    {
        await page.SetViewportSizeAsync(width, 900);
        // The load event waits for the stylesheets; the fonts are awaited in the check above. Network idle would also
        // wait on whatever else the storage emulator is slow to answer while other tests load it.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.outerHTML.slice(0, 80))");
        Assert.True(widths[0] <= widths[1], $"{name} is {widths[0]} px wide in a {widths[1]} px window; too wide: {string.Join(", ", wide.Take(5))}");
    }
}
