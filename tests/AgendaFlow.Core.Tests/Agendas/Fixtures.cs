using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>Small documents built in code, so each test shows the input it is about.</summary>
internal static class Fixtures
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A Word document: (style, text, numbering id or 0) paragraphs, optionally a label/value table first.</summary>
    public static byte[] Docx(IEnumerable<(string? Style, string Text, int NumId)> paragraphs, IEnumerable<(string Label, string[] Values)>? headerTable = null, bool decimalNumbering = true, bool numberedHeadingStyle = false)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "heading 2" }, numberedHeadingStyle ? new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })) : new StyleParagraphProperties()) { Type = StyleValues.Paragraph, StyleId = "Heading2" },
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" });
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = decimalNumbering ? NumberFormatValues.Decimal : NumberFormatValues.Bullet }, new LevelText { Val = decimalNumbering ? "%1." : "•" }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1.%2" }) { LevelIndex = 1 })
                { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });

            var body = new Body();
            if (headerTable is not null)
            {
                var table = new Table();
                foreach (var (label, values) in headerTable)
                {
                    table.Append(new TableRow(
                        new TableCell(new Paragraph(new Run(new Text(label)))),
                        new TableCell(values.Select(v => new Paragraph(new Run(new Text(v) { Space = SpaceProcessingModeValues.Preserve }))))));
                }

                body.Append(table);
            }

            foreach (var (style, text, numId) in paragraphs)
            {
                var properties = new ParagraphProperties();
                if (style is not null)
                {
                    properties.Append(new ParagraphStyleId { Val = style });
                }

                if (numId > 0)
                {
                    properties.Append(new NumberingProperties(new NumberingLevelReference { Val = text.StartsWith('\u00B7') ? 1 : 0 }, new NumberingId { Val = numId }));
                }

                body.Append(new Paragraph(properties, new Run(new Text(text.TrimStart('\u00B7')) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(content);
            }
        }

        return stream.ToArray();
    }

    public const string SmallAgenda =
        """
        Dagsorden

        Styregruppen for Sundhedsklynge Nord

        Tid: Tirsdag den 3. marts 2026 kl. 9.30 - 11.30
        Sted: Mødelokale 2, Rådhuset

        Deltagere:
        Hanne Roed, Aalborg Kommune
        Steen Jakobsen, Region Nordjylland

        1. Godkendelse af dagsorden
        2. Status på projektet v/Hanne Roed
        3. Eventuelt
        """;
}
