using System.Text.Json;
using AgendaFlow.Cli;

namespace AgendaFlow.Cli.Tests;

/// <summary>The classify-reply command's contract: JSON on stdout, exit 0; a Danish line on stderr, exit 2.</summary>
public class ClassifyReplyCommandTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "corpus", "replies");

    [Fact]
    public async Task A_stand_in_is_printed_as_json_with_danish_letters_unescaped()
    {
        var (exit, stdout, stderr) = await Run("classify-reply", Path.Combine(CorpusFolder, "p03.eml"), "--json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Peter Borup Sørensen", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("substitute", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("Peter Borup Sørensen", json.RootElement.GetProperty("substitute").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("substitute").GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task A_reply_without_a_stand_in_prints_substitute_null()
    {
        var (exit, stdout, _) = await Run("classify-reply", Path.Combine(CorpusFolder, "p01.eml"), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("absent", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("substitute").ValueKind);
        Assert.Equal("invitation.8f3a2c@agendaflow.example", json.RootElement.GetProperty("keys").GetProperty("inReplyTo").GetString());
    }

    [Fact]
    public async Task An_unclear_reply_prints_its_evidence_cue_rule_and_a_form_safe_to_log()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reply-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(path, "From: a@rm.example\r\nSubject: Afbud\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJeg deltager gerne.\r\n");
        try
        {
            var (exit, stdout, _) = await Run("classify-reply", path, "--json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(stdout);
            Assert.Equal("unclear", json.RootElement.GetProperty("intent").GetString());
            Assert.Contains("Jeg deltager gerne.", json.RootElement.GetProperty("evidence").GetString(), StringComparison.Ordinal);
            Assert.Equal("conflict: subject and text", json.RootElement.GetProperty("rule").GetString());
            Assert.Equal("unclear (text: conflict: subject and text)", json.RootElement.GetProperty("safeEvidence").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_absence_reason_is_not_printed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reply-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(path, "From: a@rm.example\r\nSubject: SV: Indkaldelse\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJeg melder afbud pga. en operation.\r\n");
        try
        {
            var (exit, stdout, _) = await Run("classify-reply", path, "--json");

            Assert.Equal(0, exit);
            Assert.DoesNotContain("operation", stdout, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_windows_1252_reply_keeps_its_dashes_and_danish_letters()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reply-{Guid.NewGuid():N}.eml");
        var raw = "From: a@rm.example\r\nSubject: SV: Indkaldelse\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nJeg melder afbud =96 beklager, S=F8ren.\r\n";
        await File.WriteAllTextAsync(path, raw);
        try
        {
            var (exit, stdout, _) = await Run("classify-reply", path, "--json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(stdout);
            Assert.Equal("Jeg melder afbud – beklager, Søren.", json.RootElement.GetProperty("evidence").GetString());
            Assert.Contains("Søren", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_file_is_refused_with_one_danish_line()
    {
        var (exit, stdout, stderr) = await Run("classify-reply", "/findes/ikke.eml", "--json");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("Filen findes ikke: /findes/ikke.eml", stderr.TrimEnd());
    }

    [Fact]
    public async Task A_file_that_is_not_mail_is_refused_with_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-mail-{Guid.NewGuid():N}.eml");
        await File.WriteAllBytesAsync(path, [0x00, 0xFF, 0x13, 0x37, 0x0A, 0x00]);
        try
        {
            var (exit, stdout, stderr) = await Run("classify-reply", path, "--json");

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, stdout);
            Assert.Single(stderr.TrimEnd().Split('\n'));
            Assert.StartsWith("Filen kan ikke læses som e-mail", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
