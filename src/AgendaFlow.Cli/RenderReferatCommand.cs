using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Referater;

namespace AgendaFlow.Cli;

/// <summary>
/// `render-referat MINUTES_FILE --out DIR [--committee NAME] [--base-url URL]`: writes what publishing would write for
/// this referat (page, JSON, committee index, Atom feed, site index) into DIR, for a look before it goes out.
/// </summary>
internal static class RenderReferatCommand
{
    public const string UsageLine = "Brug: render-referat REFERATFIL --out MAPPE [--committee NAVN] [--base-url URL]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, DateTimeOffset? now = null)
    {
        string? file = null, outDir = null, committee = null, baseUrl = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--committee" when i + 1 < args.Length:
                    committee = args[++i];
                    break;
                case "--base-url" when i + 1 < args.Length:
                    baseUrl = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        await stderr.WriteLineAsync(UsageLine);
                        return CliApp.Usage;
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null || outDir is null)
        {
            await stderr.WriteLineAsync(UsageLine);
            return CliApp.Usage;
        }

        if (!Uri.TryCreate(baseUrl ?? "https://referater.example/", UriKind.Absolute, out var baseUri))
        {
            await stderr.WriteLineAsync($"Ugyldig adresse: {baseUrl}");
            return CliApp.Usage;
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                await stderr.WriteLineAsync($"Filen findes ikke: {file}");
                return CliApp.Rejected;
            }

            if (UploadGuard.CheckSize(info.Length) is { } tooLarge)
            {
                await stderr.WriteLineAsync(tooLarge.ReplaceLineEndings(" "));
                return CliApp.Rejected;
            }

            bytes = await File.ReadAllBytesAsync(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Filen kunne ikke læses: {file}");
            return CliApp.Rejected;
        }

        var outcome = AgendaFileParser.Parse(bytes, Path.GetFileName(file));
        if (outcome is not ParseOutcome.Parsed { Document: var document })
        {
            var reason = outcome is ParseOutcome.Rejected r ? r.Reason : "Filen kunne ikke læses.";
            await stderr.WriteLineAsync(reason.ReplaceLineEndings(" "));
            return CliApp.Rejected;
        }

        if (document.Kind != DocumentKind.Minutes)
        {
            await stderr.WriteLineAsync("Filen er en dagsorden, ikke et referat. Kun referater kan vises som offentliggjort referat.");
            return CliApp.Rejected;
        }

        if (document.Date is null)
        {
            await stderr.WriteLineAsync(PublishedReferat.NoDateReason);
            return CliApp.Rejected;
        }

        var site = new ReferatSite(baseUri);
        // Earlier previews in the same folder stay in its indexes and feed, as they would on the site.
        var manifestPath = Path.Combine(outDir, ReferatSite.ManifestPath);
        var manifest = File.Exists(manifestPath) ? PublishManifest.Parse(await File.ReadAllTextAsync(manifestPath)) : PublishManifest.Empty;
        var plan = PublishPlan.Create(
            manifest,
            [new ReferatSource(document, committee ?? document.Title, committee, Path.GetFileName(file))],
            site,
            now ?? DateTimeOffset.UtcNow);
        foreach (var problem in plan.Problems)
        {
            await stderr.WriteLineAsync(problem.ReplaceLineEndings(" "));
        }

        if (plan.Problems.Count > 0)
        {
            return CliApp.Rejected;
        }

        try
        {
            var root = Path.GetFullPath(outDir);
            foreach (var planned in plan.Writes)
            {
                var target = Path.GetFullPath(Path.Combine(root, planned.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllTextAsync(target, planned.Content, new System.Text.UTF8Encoding(false));
                await stdout.WriteLineAsync(Path.Combine(outDir, planned.Path));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Kunne ikke skrive til {outDir}: {ex.Message.ReplaceLineEndings(" ")}");
            return CliApp.Rejected;
        }

        var approval = ReferatApproval.Read(bytes, Path.GetFileName(file));
        await stdout.WriteLineAsync(approval.Approved ? "Referatet er godkendt." : $"Bemærk: {approval.Reason}");
        return CliApp.Ok;
    }
}
