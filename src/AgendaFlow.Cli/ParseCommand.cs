using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Cli;

/// <summary>`parse FILE [--json]`: reads the file and hands the bytes to the domain parser.</summary>
internal static class ParseCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var json = args.Contains("--json");
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count != 1)
        {
            await stderr.WriteLineAsync("Brug: parse FIL [--json]");
            return CliApp.Usage;
        }

        var path = files[0];
        ParseOutcome outcome;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                await stderr.WriteLineAsync($"Filen findes ikke: {path}");
                return CliApp.Rejected;
            }

            if (UploadGuard.CheckSize(info.Length) is { } tooLarge)
            {
                await stderr.WriteLineAsync(tooLarge);
                return CliApp.Rejected;
            }

            var bytes = await File.ReadAllBytesAsync(path);
            outcome = AgendaFileParser.Parse(bytes, Path.GetFileName(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Filen kunne ikke læses: {path}");
            return CliApp.Rejected;
        }

        switch (outcome)
        {
            case ParseOutcome.Parsed parsed:
                await stdout.WriteLineAsync(json ? ParseJson.Write(parsed.Document) : ParseSummary.Write(parsed.Document));
                return CliApp.Ok;
            case ParseOutcome.Rejected rejected:
                await stderr.WriteLineAsync(rejected.Reason.ReplaceLineEndings(" "));
                return CliApp.Rejected;
            default:
                return CliApp.Rejected;
        }
    }
}
