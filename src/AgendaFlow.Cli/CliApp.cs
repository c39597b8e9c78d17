namespace AgendaFlow.Cli;

/// <summary>The command line head: one verb per command, each a thin call into the domain.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int Rejected = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Danish text and e-mail addresses must reach the terminal intact.
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (args.Length == 0)
        {
            await stderr.WriteLineAsync(UsageText);
            return Usage;
        }

        try
        {
            return args[0] switch
            {
                "parse" => await ParseCommand.RunAsync(args[1..], stdout, stderr),
                "classify-reply" => await ClassifyReplyCommand.RunAsync(args[1..], stdout, stderr),
                "upload" => await UploadCommand.RunAsync(args[1..], stdout, stderr),
                "render-invitation" => await RenderInvitationCommand.RunAsync(args[1..], stdout, stderr),
                "render-referat" => await RenderReferatCommand.RunAsync(args[1..], stdout, stderr),
                "demo" => await Demo.DemoCommand.RunAsync(args[1..], stdout, stderr),
                "-h" or "--help" or "help" => await WriteUsage(stdout),
                _ => await WriteUnknown(args[0], stderr),
            };
        }
        catch (Exception ex)
        {
            // The contract: a one-line reason, never a stack trace.
            await stderr.WriteLineAsync($"Fejl: {ex.Message.ReplaceLineEndings(" ")}");
            return Rejected;
        }
    }

    private const string UsageText =
        """
        agendaflow: AgendaFlow's command line.

          parse FILE [--json]                  parse an agenda or minutes file
          classify-reply FILE.eml [--json]     interpret a participant's e-mail reply
          render-invitation AGENDA --to EMAIL --out FILE.eml [--committee NAME]
                                               write the invitation that participant would get
          upload FILE [--committee NAME] [--uploader ADDRESS]
                                               put an agenda into the agendas container (AzureWebJobsStorage)
          render-referat FILE --out DIR [--committee NAME] [--base-url URL]
                                               write the published referat (page, JSON, index, feed) for preview
          demo [--app URL] [--imap HOST:PORT] [--smtp HOST:PORT]
                                               play the whole story once against ./infra/local/start.sh's app
        """;

    /// <summary>The value after <paramref name="option"/> ("--committee sundhed"), or null when it is not given.</summary>
    internal static string? Option(string[] args, string option)
    {
        var i = Array.IndexOf(args, option);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static async Task<int> WriteUsage(TextWriter stdout)
    {
        await stdout.WriteLineAsync(UsageText);
        return Ok;
    }

    private static async Task<int> WriteUnknown(string verb, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"Ukendt kommando: {verb}");
        await stderr.WriteLineAsync(UsageText);
        return Usage;
    }
}
