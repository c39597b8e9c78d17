using AgendaFlow.Cli;

namespace AgendaFlow.Cli.Tests;

/// <summary>The CLI's upload refuses names that would land outside the chair's folder, before it touches storage.</summary>
public sealed class UploadCommandTests
{
    private static readonly string Agenda = Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", "sundhedsstyregruppen-2026-12-10.docx");

    [Theory]
    [InlineData("../rosters")]
    [InlineData("..")]
    [InlineData("sundhed/../../referater")]
    [InlineData("sund\nhed")]
    public async Task A_committee_that_climbs_out_of_the_agendas_folder_is_refused_in_Danish(string committee)
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["upload", Agenda, "--committee", committee], new StringWriter(), stderr);

        Assert.Equal(CliApp.Rejected, exit);
        Assert.Matches("^(Filnavnet|Udvalgets navn)", stderr.ToString());
    }

    [Fact]
    public async Task An_uploader_that_is_not_one_address_is_refused_in_Danish()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["upload", Agenda, "--uploader", "a@example.com, b@evil.example"], new StringWriter(), stderr);

        Assert.Equal(CliApp.Rejected, exit);
        Assert.StartsWith("--uploader: Skriv præcis én e-mailadresse", stderr.ToString());
    }
}
