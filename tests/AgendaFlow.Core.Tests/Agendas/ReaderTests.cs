using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

public class ReaderTests
{
    [Fact]
    public void Windows_1252_text_keeps_its_Danish_letters()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Fixtures.SmallAgenda.Replace("Rådhuset", "Rådhuset, Ærøskøbing", StringComparison.Ordinal));

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(bytes, "dagsorden.txt")).Document;

        Assert.Equal("Mødelokale 2, Rådhuset, Ærøskøbing", document.Location);
        Assert.Equal("Status på projektet", document.Items[1].Title);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_reads_like_without()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Fixtures.SmallAgenda)).ToArray();

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(bytes, "dagsorden.txt")).Document;

        Assert.Equal(DocumentKind.Agenda, document.Kind);
        Assert.Equal("Styregruppen for Sundhedsklynge Nord", document.Title);
    }

    [Fact]
    public void Word_automatic_numbering_gives_item_numbers_not_in_the_text()
    {
        var docx = Fixtures.Docx(
            [
                ("Title", "Dagsorden", 0),
                ("Heading1", "Sundhedsstyregruppen", 0),
                ("Heading2", "Godkendelse af dagsorden (kl. 13.00-13.05)", 1),
                ("Heading2", "Skriftlige orienteringer", 1),
                ("Heading2", "\u00B7Temamøde om kvalitetsklynger", 1),
                ("Heading2", "Eventuelt", 1),
            ],
            [("Tid", ["Torsdag den 10. december 2026 kl. 13.00–15.30"]), ("Sted", ["Regionshuset Viborg"]), ("Mødeleder", ["Marianne Holst"])]);

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(docx, "dagsorden.docx")).Document;

        Assert.Equal(["1", "2", "2.1", "3"], document.Items.Select(i => i.Number));
        Assert.Equal("Sundhedsstyregruppen", document.Title);
        Assert.Equal(new TimeOnly(13, 0), document.Items[0].Start);
        Assert.Equal(["Marianne Holst"], document.Chairs);
        Assert.Equal("Regionshuset Viborg", document.Location);
    }

    [Fact]
    public void An_html_agenda_reads_headings_tables_and_ordered_lists()
    {
        var html = """
            <!DOCTYPE html><html><head><title>x</title></head><body>
            <h1>Dagsorden: Praksisplanudvalget</h1>
            <table><tr><td>Tid:</td><td>Onsdag d. 4. marts 2026, kl. 15.00-17.00</td></tr>
            <tr><td>Sted:</td><td>Regionshuset, lokale 2</td></tr>
            <tr><td>Afbud:</td><td>Lise Holm, Region Midtjylland</td></tr></table>
            <ol><li>Godkendelse af dagsorden</li><li>Praksisplan v/ <b>Ahmad Rahimi</b></li><li>Eventuelt</li></ol>
            </body></html>
            """;

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(html), "dagsorden.html")).Document;

        Assert.Equal("Praksisplanudvalget", document.Title);
        Assert.Equal(new DateOnly(2026, 3, 4), document.Date);
        Assert.Equal(new TimeOnly(15, 0), document.Start);
        Assert.Equal("Regionshuset, lokale 2", document.Location);
        Assert.Equal(["Lise Holm"], document.Absent.Select(a => a.Name));
        Assert.Equal(["Godkendelse af dagsorden", "Praksisplan", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Equal(["Ahmad Rahimi"], document.Items[1].Presenters);
    }

    [Fact]
    public void Markdown_headings_and_bold_lines_are_both_item_headings()
    {
        var md = """
            **Referat af:** Klyngestyregruppemøde
            Tidspunkt: Fredag den 30. august 2019 kl. 10.30-14.00

            ### 1. Velkomst (kl. 10.30-10.35) *v/formandskabet*
            Referat:
            Dagsorden blev godkendt.

            **2. Tilsagn om midler (kl. 10.35-11.00) v/Anne Bendix**

            1. Første trin
            """;

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(md), "referat.md")).Document;

        Assert.Equal(["Velkomst", "Tilsagn om midler"], document.Items.Select(i => i.Title));
        Assert.Equal(["formandskabet"], document.Items[0].Presenters);
        Assert.Equal(DocumentKind.Minutes, document.Kind);
    }

    [Fact]
    public void An_html_table_inside_markdown_keeps_cells_and_line_breaks_apart()
    {
        var md = """
            # Dagsorden
            <table><tr><td>Møde</td><td>Sundhedsstyregruppen</td></tr><tr><td>Tid</td><td>10. december 2026 kl. 13.00-15.30</td></tr>
            <tr><td>Deltagere</td><td>Marianne Holst, Direktør, Region Midtjylland<br>Kristian Lund, Kommunaldirektør, Herning Kommune</td></tr></table>

            ## 1. Godkendelse af dagsorden
            ## 2. Eventuelt
            """;

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(md), "dagsorden.md")).Document;

        Assert.Equal("Sundhedsstyregruppen", document.Title);
        Assert.Equal(new TimeOnly(13, 0), document.Start);
        Assert.Equal(
            [new Person("Marianne Holst", "Direktør", "Region Midtjylland"), new Person("Kristian Lund", "Kommunaldirektør", "Herning Kommune")],
            document.Participants);
    }

    [Fact]
    public void Numbering_defined_by_the_heading_style_gives_item_numbers()
    {
        var docx = Fixtures.Docx(
            [("Heading1", "Dagsorden: Sundhedsstyregruppen", 0), ("Heading2", "Godkendelse af dagsorden", 0), ("Heading2", "Eventuelt", 0)],
            [("Tid", ["10. december 2026 kl. 13.00-15.30"])],
            numberedHeadingStyle: true);

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(docx, "dagsorden.docx")).Document;

        Assert.Equal(["1", "2"], document.Items.Select(i => i.Number));
        Assert.Equal(["Godkendelse af dagsorden", "Eventuelt"], document.Items.Select(i => i.Title));
    }

    [Fact]
    public void Word_headings_without_any_numbers_still_become_items()
    {
        var docx = Fixtures.Docx(
            [("Title", "Dagsorden", 0), ("Heading1", "Sundhedsstyregruppen", 0), ("Heading2", "Godkendelse af dagsorden", 0), ("Heading2", "Status på akutområdet (kl. 13.05-13.40) v/Birgitte Søndergaard", 0), ("Heading2", "Eventuelt", 0)],
            [("Tid", ["10. december 2026 kl. 13.00-15.30"]), ("Deltagere", ["Anne Holm, Aarhus Kommune", "Bo Berg, Region Midtjylland"])]);

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(docx, "dagsorden.docx")).Document;

        Assert.Equal(["1", "2", "3"], document.Items.Select(i => i.Number));
        Assert.Equal(["Birgitte Søndergaard"], document.Items[1].Presenters);
        Assert.Equal("Sundhedsstyregruppen", document.Title);
    }
}
