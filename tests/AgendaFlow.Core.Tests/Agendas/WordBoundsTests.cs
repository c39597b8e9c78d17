using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>
/// A Word upload of hostile shape (elements nested a hundred thousand deep, a million runs, a paragraph of 10 MB) is read
/// or refused with a Danish reason within a second, as HTML is (see <see cref="MarkupBoundsTests"/>). The packages are
/// written as raw XML, so the shapes are exactly the ones under test and no Word library tidies them first.
/// </summary>
public sealed class WordBoundsTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string Header =
        "<w:p><w:r><w:t>Dagsorden</w:t></w:r></w:p><w:p><w:r><w:t>Tid: 3. marts 2027 kl. 10-12</w:t></w:r></w:p><w:p><w:r><w:t>Sted: Rådhuset</w:t></w:r></w:p>";

    private const string Items =
        "<w:p><w:r><w:t>1. Godkendelse af dagsorden</w:t></w:r></w:p><w:p><w:r><w:t>2. Eventuelt</w:t></w:r></w:p>";

    /// <summary>
    /// The promise is a second; the bound asserted is two, because these tests share two cores with several builds.
    /// A blow-up is slow on every try and fails it all the same.
    /// </summary>
    private static ParseOutcome ParseWithinASecond(byte[] docx, string what)
    {
        AgendaFileParser.Parse(Docx(Header + Items), "warm-up.docx");
        return TimeBound.Within(TimeSpan.FromSeconds(2), () => AgendaFileParser.Parse(docx, "dagsorden.docx"), what);
    }

    [Fact]
    public void A_small_raw_word_package_is_read_as_an_agenda()
    {
        var parsed = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Docx(Header + Items), "dagsorden.docx"));

        Assert.Equal(["Godkendelse af dagsorden", "Eventuelt"], parsed.Document.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("table")]
    [InlineData("sdt-block")]
    [InlineData("sdt-run")]
    [InlineData("hyperlink")]
    [InlineData("smarttag")]
    public void A_hundred_thousand_nested_word_elements_are_refused_with_a_danish_reason_within_a_second(string shape)
    {
        var rejected = Assert.IsType<ParseOutcome.Rejected>(ParseWithinASecond(Docx(Header + Nested(shape, 100_000) + Items), shape));

        Assert.Equal(MarkupBounds.TooDeepReason, rejected.Reason);
    }

    [Fact]
    public void Word_nesting_at_random_depths_and_shapes_ends_in_a_document_or_a_reason_within_a_second()
    {
        var random = new Random(20261202);
        string[] shapes = ["table", "sdt-block", "sdt-run", "hyperlink", "smarttag", "mixed"];
        for (var i = 0; i < 16; i++)
        {
            var shape = shapes[random.Next(shapes.Length)];
            var depth = i < 4 ? random.Next(2, 40) : random.Next(40, 80_000);
            var outcome = ParseWithinASecond(Docx(Header + Nested(shape, depth, random) + Items), $"{shape} × {depth}");

            switch (outcome)
            {
                case ParseOutcome.Rejected rejected:
                    Assert.Equal(MarkupBounds.TooDeepReason, rejected.Reason);
                    Assert.True(depth > 40, $"{shape} × {depth}: a shallow document was refused: {rejected.Reason}");
                    break;
                case ParseOutcome.Parsed parsed:
                    Assert.Contains("Godkendelse af dagsorden", parsed.Document.Items.Select(it => it.Title));
                    break;
            }
        }
    }

    [Fact]
    public void A_million_runs_in_word_are_refused_within_a_second()
    {
        var random = new Random(11);
        var runs = new StringBuilder(50_000_000).Append("<w:p>");
        for (var i = 0; i < 1_000_000; i++)
        {
            runs.Append("<w:r w:rsidR=\"").Append(random.Next(0x10000000, int.MaxValue).ToString("X8", System.Globalization.CultureInfo.InvariantCulture)).Append("\"><w:t>").Append(i % 10).Append("</w:t></w:r>");
        }

        var rejected = Assert.IsType<ParseOutcome.Rejected>(ParseWithinASecond(Docx(Header + runs.Append("</w:p>") + Items), "a million runs"));

        Assert.Equal(MarkupBounds.TooManyTagsReason, rejected.Reason);
    }

    [Fact]
    public void A_long_word_agenda_just_within_the_element_bound_is_read_within_a_second()
    {
        // Some 4,800 paragraphs, most of five runs, as Word writes them with revision ids: a long agenda, yet no bomb.
        var random = new Random(3);
        var body = new StringBuilder(Header);
        var elements = 0;
        for (var i = 1; elements + 60 < WordBounds.MaxElements - 1_000; i++)
        {
            body.Append("<w:p><w:r><w:t>").Append(i % 2 == 1 ? $"{(i / 2) + 1}. Punkt nummer {(i / 2) + 1}" : "Sagsfremstilling").Append("</w:t></w:r></w:p>");
            for (var p = 0; p < 10; p++)
            {
                body.Append("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>");
                for (var r = 0; r < 5; r++)
                {
                    body.Append("<w:r w:rsidR=\"").Append(random.Next(0x10000000, int.MaxValue).ToString("X8", System.Globalization.CultureInfo.InvariantCulture)).Append("\"><w:t xml:space=\"preserve\">ord ").Append(random.Next(1000)).Append(" </w:t></w:r>");
                }

                body.Append("</w:p>");
                elements += 13;
            }

            elements += 4;
        }

        var docx = Docx(body + Items);
        Assert.Null(WordBounds.Check(docx));

        var outcome = ParseWithinASecond(docx, "a long agenda");

        Assert.True(outcome is ParseOutcome.Parsed or ParseOutcome.Rejected { Reason: AgendaTextParser.TooLongReason }, outcome.ToString());
    }

    [Fact]
    public void A_ten_megabyte_word_paragraph_is_refused_as_too_long_within_a_second()
    {
        // Words from a small vocabulary in random order: text that compresses as prose does, not as a zip bomb.
        var random = new Random(7);
        string[] words = ["udvalget", "godkender", "at", "sagen", "behandles", "på", "næste", "møde", "med", "budget", "og", "plan"];
        var paragraph = new StringBuilder(10_100_000);
        while (paragraph.Length < 10_000_000)
        {
            paragraph.Append(words[random.Next(words.Length)]).Append(' ');
        }

        var rejected = Assert.IsType<ParseOutcome.Rejected>(ParseWithinASecond(Docx(Header + "<w:p><w:r><w:t xml:space=\"preserve\">" + paragraph + "</w:t></w:r></w:p>" + Items), "a 10 MB paragraph"));

        Assert.Equal(AgendaTextParser.TooLongReason, rejected.Reason);
    }

    [Theory]
    [InlineData("aeldreraadet-dagsorden.docx")]
    [InlineData("edoc-klima-og-miljoeudvalget.docx")]
    [InlineData("referat-digital-hjemmepleje-tabel.docx")]
    [InlineData("strategiseminar-to-dage.docx")]
    public void The_word_agendas_of_the_corpus_are_within_the_bounds(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "agendas-wide", file));

        Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(bytes, file));
    }

    /// <summary>
    /// One paragraph's text wrapped <paramref name="depth"/> times in the shape's element. Every level carries its own
    /// revision or control id, as Word writes them, so the package does not compress like a zip bomb and is refused
    /// for its shape, not its ratio.
    /// </summary>
    private static string Nested(string shape, int depth, Random? random = null)
    {
        random ??= new Random(depth);
        var inline = shape is "sdt-run" or "hyperlink" or "smarttag";
        var open = new StringBuilder(inline ? "<w:p>" : string.Empty);
        var close = new List<string>(depth);
        for (var d = 0; d < depth; d++)
        {
            // "mixed" wraps blocks in tables and content controls at random.
            var kind = shape == "mixed" ? (random.Next(2) == 0 ? "table" : "sdt-block") : shape;
            var id = random.Next(0x10000000, int.MaxValue).ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
            var (o, c) = kind switch
            {
                "table" => ($"<w:tbl><w:tr w:rsidR=\"{id}\"><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>"),
                "sdt-block" or "sdt-run" => ($"<w:sdt><w:sdtPr><w:id w:val=\"{id}\"/></w:sdtPr><w:sdtContent>", "</w:sdtContent></w:sdt>"),
                "hyperlink" => ($"<w:hyperlink w:anchor=\"_{id}\">", "</w:hyperlink>"),
                _ => ($"<w:smartTag w:uri=\"u\" w:element=\"e{id}\">", "</w:smartTag>"),
            };
            open.Append(o);
            close.Add(c);
        }

        close.Reverse();
        return inline
            ? open + "<w:r><w:t>tekst</w:t></w:r>" + string.Concat(close) + "</w:p>"
            : open + "<w:p><w:r><w:t>tekst</w:t></w:r></w:p>" + string.Concat(close);
    }

    /// <summary>A minimal Word package around the body XML.</summary>
    private static byte[] Docx(string bodyXml) => Fixtures.Zip(
        ("[Content_Types].xml", Encoding.UTF8.GetBytes(
            """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""")),
        ("_rels/.rels", Encoding.UTF8.GetBytes(
            """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""")),
        ("word/document.xml", Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{bodyXml}</w:body></w:document>""")));
}
