using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Referater;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class ReferatDraftTests
{
    private static string Draft()
    {
        var meeting = ReferatSamples.Meeting();
        return ReferatDraft.Markdown(meeting, ReferatSamples.Agenda(), ReferatSamples.Attendance(meeting));
    }

    [Fact]
    public void The_draft_has_the_header_the_attendance_and_every_item_with_an_empty_decision()
    {
        var draft = Draft();

        Assert.StartsWith("# Referat af Sundhedsstyregruppen", draft, StringComparison.Ordinal);
        Assert.Contains("Tidspunkt: torsdag den 10. december 2026 kl. 13.00–15.30", draft, StringComparison.Ordinal);
        Assert.Contains("Sted: Mødelokale 1, Regionshuset", draft, StringComparison.Ordinal);
        Assert.Contains("Mette Kjær havde meldt afbud, og Lars Lund deltog i stedet.", draft, StringComparison.Ordinal);
        Assert.Contains("Steen Jakobsen, der havde meldt afbud", draft, StringComparison.Ordinal);
        Assert.Contains("Peter Borup Sørensen udeblev uden afbud.", draft, StringComparison.Ordinal);
        Assert.Contains("### 1. Godkendelse af dagsorden", draft, StringComparison.Ordinal);
        Assert.Contains("### 3. Eventuelt", draft, StringComparison.Ordinal);
        Assert.Equal(3, draft.Split("Beslutning:").Length - 1);
    }

    [Fact]
    public void Each_item_carries_its_Indstilling_from_the_agenda()
    {
        var draft = Draft();

        Assert.Contains("Indstilling:\n\nAt dagsordenen godkendes.", draft.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("At styregruppen udpeger to medlemmer.", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Kommunerne og regionen har drøftet", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_parses_back_as_minutes_with_the_same_items_and_attendance()
    {
        var document = ReferatSamples.Parse(Draft());

        Assert.Equal(DocumentKind.Minutes, document.Kind);
        Assert.Equal("Sundhedsstyregruppen", document.Title);
        Assert.Equal(new DateOnly(2026, 12, 10), document.Date);
        Assert.Equal(new TimeOnly(13, 0), document.Start);
        Assert.Equal(["1", "2", "3"], document.Items.Select(i => i.Number));
        Assert.Equal(ReferatSamples.Agenda().Items.Select(i => i.Title), document.Items.Select(i => i.Title));
        Assert.Contains(document.Absent, a => a is { Name: "Mette Kjær", Substitute: "Lars Lund", SentApologies: true });
        Assert.Contains(document.Absent, a => a is { Name: "Steen Jakobsen", SentApologies: true });
        Assert.Contains(document.Absent, a => a is { Name: "Peter Borup Sørensen", SentApologies: false });
        Assert.Contains(document.Participants, p => p.Name == "Lars Lund");
        Assert.Contains(document.Participants, p => p.Name == "Hanne Roed");
    }

    [Fact]
    public void Once_the_secretariat_fills_in_the_decisions_they_are_read_as_the_items_decisions()
    {
        var draft = Draft().ReplaceLineEndings("\n");
        var filled = ReplaceNth(draft, "Beslutning:\n\n", "Beslutning:\n\nDagsordenen blev godkendt.\n", 0);
        filled = ReplaceNth(filled, "Beslutning:\n\n\n", "Beslutning:\n\nKommissoriet blev godkendt.\n", 0);

        var document = ReferatSamples.Parse(filled);

        Assert.Equal(DocumentKind.Minutes, document.Kind);
        Assert.Equal(3, document.Items.Count);
        Assert.Equal("Dagsordenen blev godkendt.", document.Items[0].Decision);
        Assert.Equal("Kommissoriet blev godkendt.", document.Items[1].Decision);
        Assert.Equal("godkendt", document.Items[1].Status);
    }

    [Fact]
    public void Without_the_agenda_the_items_come_from_the_meeting()
    {
        var meeting = ReferatSamples.Meeting();

        var draft = ReferatDraft.Markdown(meeting, null, ReferatSamples.Attendance(meeting));

        Assert.Contains("### 2. Fælles akutfunktion", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Indstilling:", draft, StringComparison.Ordinal);
        Assert.Equal(3, ReferatSamples.Parse(draft).Items.Count);
    }

    private static string ReplaceNth(string text, string what, string with, int n)
    {
        var index = -1;
        for (var i = 0; i <= n; i++)
        {
            index = text.IndexOf(what, index + 1, StringComparison.Ordinal);
        }

        return text[..index] + with + text[(index + what.Length)..];
    }
}

public sealed class ReferatDraftDocxTests
{
    [Fact]
    public void The_Word_draft_uses_the_built_in_heading_styles_and_parses_back_as_minutes_with_the_same_items()
    {
        var meeting = ReferatSamples.Meeting();

        var bytes = ReferatDraftDocx.Render(meeting, ReferatSamples.Agenda(), ReferatSamples.Attendance(meeting));

        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var styled = doc.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId is not null)
                .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText))
                .ToList();
            Assert.Equal(("Heading1", "Referat af Sundhedsstyregruppen"), styled[0]);
            Assert.Contains(("Heading2", "2. Fælles akutfunktion"), styled);
            Assert.NotNull(doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().SingleOrDefault(s => s.StyleId == "Heading2"));
        }

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(bytes, "referat-udkast.docx")).Document;
        Assert.Equal(DocumentKind.Minutes, document.Kind);
        Assert.Equal(new DateOnly(2026, 12, 10), document.Date);
        Assert.Equal(ReferatSamples.Agenda().Items.Select(i => (i.Number, i.Title)), document.Items.Select(i => (i.Number, i.Title)));
        Assert.Contains(document.Absent, a => a is { Name: "Mette Kjær", Substitute: "Lars Lund" });
    }
}
