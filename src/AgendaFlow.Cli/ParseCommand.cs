namespace AgendaFlow.Cli;

// Placeholder until the agenda parser lands (issue 3).
internal static class ParseCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("Fortolkning af dagsordener er endnu ikke bygget.");
        return CliApp.Rejected;
    }
}
