using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core (npm <c>axe-core</c>, pinned in infra/local/package.json and installed by <c>npm ci --prefix infra/local</c>)
/// run in the page against WCAG 2.0 and 2.1, levels A and AA, as the Danish web accessibility act asks.
/// </summary>
public static class Axe
{
    public static string ScriptPath => Path.Combine(RepositoryRoot.Path, "infra", "local", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Fails the test with every violation, readably, when the page has any.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var violations = await ViolationsAsync(page);
        if (violations.Count > 0)
        {
            Assert.Fail($"axe-core found {violations.Count} WCAG 2.1 AA violation(s) on {what}:\n" + string.Join("\n", violations));
        }
    }

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException(
                $"axe-core is not installed at {ScriptPath}. Run the test command from the README (tests/run.sh) or `npm ci --prefix infra/local`.");
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new() { Path = ScriptPath });
        }

        var result = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
              }));
            }
            """);
        var violations = new List<string>();
        foreach (var v in result.EnumerateArray())
        {
            var text = new StringBuilder();
            text.Append($"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} <{v.GetProperty("helpUrl").GetString()}>");
            foreach (var node in v.GetProperty("nodes").EnumerateArray())
            {
                text.Append($"\n    at {node.GetProperty("target").GetString()}: {node.GetProperty("html").GetString()}");
                text.Append($"\n      {node.GetProperty("summary").GetString()?.Replace("\n", "\n      ", StringComparison.Ordinal)}");
            }

            violations.Add(text.ToString());
        }

        return violations;
    }
}
