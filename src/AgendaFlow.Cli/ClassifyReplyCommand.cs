namespace AgendaFlow.Cli;

// Placeholder until reply interpretation lands (issue 5).
internal static class ClassifyReplyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("Fortolkning af svar er endnu ikke bygget.");
        return CliApp.Rejected;
    }
}
