using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// The same draft as <see cref="ReferatDraft.Markdown"/>, as a Word document: the title in Word's built-in Heading1,
/// "Dagsorden" and each item in Heading2, so the navigation pane shows the items and the file parses back as minutes.
/// </summary>
public static class ReferatDraftDocx
{
    public static byte[] Render(Meeting meeting, AgendaDocument? agenda, AttendanceOverview attendance)
    {
        var content = DraftContent.Of(meeting, agenda, attendance);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new Languages { Val = "da-DK" }))),
                new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                Heading("Heading1", "heading 1", 0, "32"),
                Heading("Heading2", "heading 2", 1, "26"));
            var body = new Body();
            body.Append(Para($"Referat af {content.Title}", "Heading1"));
            body.Append(Para($"Tidspunkt: {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}"));
            if (!string.IsNullOrWhiteSpace(meeting.Location))
            {
                body.Append(Para($"Sted: {meeting.Location}"));
            }

            if (content.Chairs.Count > 0)
            {
                body.Append(Para($"Mødeleder: {DanishText.JoinList(content.Chairs)}"));
            }

            if (content.MinuteTakers.Count > 0)
            {
                body.Append(Para($"Referent: {DanishText.JoinList(content.MinuteTakers)}"));
            }

            body.Append(Para(string.Empty));
            List("Deltagere:", content.Present);
            List("Afbud:", content.Afbud);
            body.Append(Para(content.AttendanceSentence));
            body.Append(Para(string.Empty));
            if (content.UnconfirmedStandIns.Count > 0)
            {
                body.Append(Para($"[Sekretariatet: {DanishText.JoinList(content.UnconfirmedStandIns)} bekræftede ikke selv før mødet. Ret sætningen ovenfor, hvis en stedfortræder ikke kom.]"));
                body.Append(Para(string.Empty));
            }

            if (content.NoShow.Count > 0)
            {
                body.Append(Para("[Sekretariatet: disse havde ikke svaret før mødet. Slet dem, der alligevel deltog, og før dem op under Deltagere.]"));
                body.Append(Para($"{DanishText.JoinList(content.NoShow)} udeblev uden afbud."));
                body.Append(Para(string.Empty));
            }

            body.Append(Para("Dagsorden", "Heading2"));
            foreach (var item in content.Items)
            {
                body.Append(Para($"{item.Number}. {item.Title}", "Heading2"));
                if (item.Indstilling is { Length: > 0 } indstilling)
                {
                    body.Append(Para("Indstilling:"));
                    foreach (var line in indstilling.ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0))
                    {
                        body.Append(Para(line.Trim()));
                    }
                }

                body.Append(Para("Beslutning:"));
                body.Append(Para(string.Empty));
            }

            body.Append(new SectionProperties());
            main.Document = new Document(body);

            void List(string label, IReadOnlyList<string> lines)
            {
                if (lines.Count == 0)
                {
                    return;
                }

                body.Append(Para(label));
                foreach (var line in lines)
                {
                    body.Append(Para(line));
                }

                body.Append(Para(string.Empty));
            }
        }

        return stream.ToArray();
    }

    private static Style Heading(string id, string name, int outline, string size) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = outline }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };

    private static Paragraph Para(string text, string? style = null)
    {
        var p = new Paragraph();
        if (style is not null)
        {
            p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (text.Length > 0)
        {
            p.Append(new Run(new Text(text.ReplaceLineEndings(" ")) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return p;
    }
}
