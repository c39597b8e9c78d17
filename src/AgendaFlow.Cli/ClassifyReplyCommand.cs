using AgendaFlow.Core.Replies;
using MimeKit;

namespace AgendaFlow.Cli;

/// <summary><c>classify-reply FILE.eml [--json]</c>: what a participant's reply means.</summary>
internal static class ClassifyReplyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var json = args.Contains("--json");
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count != 1)
        {
            await stderr.WriteLineAsync("Brug: classify-reply FIL.eml [--json]");
            return CliApp.Usage;
        }

        var message = await ClassifyReplyInput.TryLoadAsync(files[0], stderr);
        if (message is null)
        {
            return CliApp.Rejected;
        }

        var interpretation = ReplyInterpreter.Interpret(message);
        await stdout.WriteLineAsync(json ? ClassifyReplyJson.Serialize(interpretation) : ClassifyReplyJson.Summary(interpretation));
        return CliApp.Ok;
    }
}
