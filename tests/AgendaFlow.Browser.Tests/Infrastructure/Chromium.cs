using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven by Playwright, one browser for the test collection and a fresh page per test.
/// Playwright's own browser download cannot run here, so the tests use /usr/bin/chromium, which the test command
/// installs (apt-get install chromium). If it is missing the tests fail; they never skip.
/// Playwright's driver runs on the Node.js that the NuGet package ships (copied to bin/.playwright/node/linux-x64/node).
/// Where that copy is missing (a trimmed package cache, another architecture) and PLAYWRIGHT_NODEJS_PATH is not set,
/// the driver is pointed at the system's /usr/bin/node (Node 20 runs it), which works offline.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string SystemNode = "/usr/bin/node";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not been started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. Run the test command from the README (tests/run.sh), " +
                "which installs Debian's chromium package, or run: sudo apt-get install chromium");
        }

        UseSystemNodeWhenTheBundledOneIsMissing();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    private static void UseSystemNodeWhenTheBundledOneIsMissing()
    {
        const string setting = "PLAYWRIGHT_NODEJS_PATH";
        var bundled = Path.Combine(AppContext.BaseDirectory, ".playwright", "node", "linux-x64", "node");
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(setting)) || File.Exists(bundled))
        {
            return;
        }

        if (!File.Exists(SystemNode))
        {
            throw new InvalidOperationException(
                $"Playwright's driver needs Node.js: neither the bundled {bundled} nor {SystemNode} exists. Install Node.js 20 (see the README's Setup).");
        }

        Environment.SetEnvironmentVariable(setting, SystemNode);
    }

    /// <summary>A page in a context of its own (no cookies or storage shared between tests), in Danish.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "da-DK", ViewportSize = new() { Width = 1024, Height = 768 } });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
