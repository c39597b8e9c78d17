using AgendaFlow.Cli;

namespace AgendaFlow.Cli.Tests;

public sealed class RenderReferatCommandTests
{
    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", name);

    private static string TempDir() => Directory.CreateTempSubdirectory("referat-").FullName;

    [Fact]
    public async Task Render_referat_writes_the_page_JSON_index_and_feed_for_a_preview()
    {
        var dir = TempDir();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            var exit = await CliApp.RunAsync(["render-referat", Corpus("dks-2020-01-15.txt"), "--out", dir, "--committee", "DKS"], stdout, stderr);

            Assert.Equal(CliApp.Ok, exit);
            Assert.Equal(string.Empty, stderr.ToString());
            var page = Directory.GetFiles(Path.Combine(dir, "dks"), "2020-01-15-*.html").Single();
            Assert.True(File.Exists(Path.ChangeExtension(page, ".json")));
            Assert.True(File.Exists(Path.Combine(dir, "dks", "index.html")));
            // The feed's Atom rules are Core's tests (AtomFeedTests); here: the command wrote one, with the meeting in it.
            var feed = System.Xml.Linq.XDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "dks", "feed.atom"))).Root!;
            Assert.Equal("{http://www.w3.org/2005/Atom}feed", feed.Name.ToString());
            Assert.Single(feed.Elements("{http://www.w3.org/2005/Atom}entry"));
            Assert.Contains("<html lang=\"da\">", await File.ReadAllTextAsync(page), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task An_agenda_exits_2_with_one_Danish_line()
    {
        var dir = TempDir();
        var stderr = new StringWriter();
        try
        {
            var exit = await CliApp.RunAsync(["render-referat", Corpus("sundhedsstyregruppen-2026-12-10.docx"), "--out", dir], new StringWriter(), stderr);

            Assert.Equal(CliApp.Rejected, exit);
            var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("dagsorden, ikke et referat", line, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_file_exits_2_with_one_Danish_line()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["render-referat", "/nonexistent/referat.md", "--out", Path.GetTempPath()], new StringWriter(), stderr);

        Assert.Equal(CliApp.Rejected, exit);
        Assert.StartsWith("Filen findes ikke", Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_out_it_prints_how_to_use_it()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["render-referat", Corpus("dks-2020-01-15.txt")], new StringWriter(), stderr);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("render-referat", stderr.ToString(), StringComparison.Ordinal);
    }
}
