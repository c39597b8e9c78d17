using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>Which attachments count as agendas: the kinds the parser reads.</summary>
public sealed class AgendaFileTypesTests
{
    [Theory]
    [InlineData("dagsorden.docx")]
    [InlineData("DAGSORDEN.DOCX")]
    [InlineData("skabelon.dotx")]
    [InlineData("dagsorden.md")]
    [InlineData("dagsorden.markdown")]
    [InlineData("dagsorden.txt")]
    [InlineData("dagsorden.html")]
    [InlineData("dagsorden.htm")]
    [InlineData("dagsorden.xhtml")]
    public void Word_HTML_Markdown_and_text_files_are_agendas(string fileName) =>
        Assert.True(AgendaFileTypes.IsAgenda(fileName));

    [Theory]
    [InlineData("dagsorden.pdf")]
    [InlineData("dagsorden.doc")]
    [InlineData("dagsorden.docm")]
    [InlineData("logo.png")]
    [InlineData("bilag.xlsx")]
    [InlineData("dagsorden")]
    [InlineData(null)]
    public void Other_files_are_not(string? fileName) =>
        Assert.False(AgendaFileTypes.IsAgenda(fileName));

    [Fact]
    public void Every_file_type_that_counts_as_an_agenda_is_one_the_parser_reads()
    {
        var text = "Dagsorden\nFølgegruppen\n\nTid: Torsdag den 17. december 2026 kl. 09.00-10.00\n\nDeltagere:\nAnne Andersen, anne@kommune.example\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n";
        foreach (var name in new[] { "d.md", "d.markdown", "d.txt" })
        {
            Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), name));
        }

        var html = "<html><body><h1>Dagsorden</h1><p>Følgegruppen</p><p>Tid: Torsdag den 17. december 2026 kl. 09.00-10.00</p><p>Deltagere:</p><p>Anne Andersen, anne@kommune.example</p><p>1. Godkendelse af dagsorden</p><p>2. Eventuelt</p></body></html>";
        foreach (var name in new[] { "d.html", "d.htm", "d.xhtml" })
        {
            Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), name));
        }
    }
}
