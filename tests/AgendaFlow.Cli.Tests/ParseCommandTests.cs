using System.Text.Json;
using AgendaFlow.Cli;

namespace AgendaFlow.Cli.Tests;

public class ParseCommandTests
{
    [Fact]
    public async Task Parse_with_json_prints_the_expected_shape_with_unescaped_Danish_letters()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", "sundhedsstyregruppen-2026-12-10.docx");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["parse", path, "--json"], stdout, stderr);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Jens Peter Æbelø", stdout.ToString(), StringComparison.Ordinal);
        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal("agenda", root.GetProperty("kind").GetString());
        Assert.Equal("2026-12-10", root.GetProperty("date").GetString());
        Assert.Equal("13:00", root.GetProperty("start").GetString());
        Assert.Equal(6, root.GetProperty("items").GetArrayLength());
        Assert.Equal("ole.brandt@viborg.example", root.GetProperty("absent")[0].GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_an_agenda_exits_2_with_one_Danish_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"notat-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "Notat\n\nDette er et notat om økonomi. Det har ingen punkter.\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            var exit = await CliApp.RunAsync(["parse", path, "--json"], stdout, stderr);

            Assert.Equal(CliApp.Rejected, exit);
            Assert.Equal(string.Empty, stdout.ToString());
            var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("notat", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_file_exits_2_without_a_stack_trace()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["parse", "/no/such/dagsorden.docx"], new StringWriter(), stderr);

        Assert.Equal(CliApp.Rejected, exit);
        Assert.DoesNotContain(" at ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_json_a_short_summary_is_printed()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", "dks-2020-01-15.txt");
        var stdout = new StringWriter();

        var exit = await CliApp.RunAsync(["parse", path], stdout, new StringWriter());

        Assert.Equal(CliApp.Ok, exit);
        Assert.StartsWith("Referat: Den Kommunale Sundhedsstrategiske gruppe (DKS)", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("6.1. Temamøde om kvalitetsklynger i almen praksis", stdout.ToString(), StringComparison.Ordinal);
    }
}
