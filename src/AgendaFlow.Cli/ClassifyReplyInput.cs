using MimeKit;

namespace AgendaFlow.Cli;

/// <summary>Reads an .eml file, answering in one Danish line when it cannot.</summary>
internal static class ClassifyReplyInput
{
    public static async Task<MimeMessage?> TryLoadAsync(string path, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            await stderr.WriteLineAsync($"Filen findes ikke: {path}");
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            if (stream.Length == 0)
            {
                await stderr.WriteLineAsync($"Filen er tom og kan ikke læses som e-mail: {path}");
                return null;
            }

            var message = await MimeMessage.LoadAsync(stream);
            if (message.Headers.Count == 0 || (message.From.Count == 0 && message.Headers["Subject"] is null && message.Headers["Date"] is null))
            {
                await stderr.WriteLineAsync($"Filen kan ikke læses som e-mail (ingen brevhoved): {path}");
                return null;
            }

            return message;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or ParseException)
        {
            await stderr.WriteLineAsync($"Filen kan ikke læses som e-mail: {path} ({ex.Message.ReplaceLineEndings(" ")})");
            return null;
        }
    }
}
