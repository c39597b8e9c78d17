using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Word (.docx): paragraphs with their heading level (Danish and English style names),
/// tables as label/value rows, and Word's automatic numbering written back into the text,
/// because item numbers often exist only as numbering.
/// </summary>
public static class WordReader
{
    public static IReadOnlyList<SourceLine> Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false, new OpenSettings { AutoSave = false });
        var main = document.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        var body = main.Document?.Body ?? throw new InvalidDataException("no body");
        var styles = StyleIndex.From(main.StyleDefinitionsPart?.Styles);
        var numbering = new NumberingCounter(main.NumberingDefinitionsPart?.Numbering, styles);
        // "Anne Jensen" linked to mailto:anne@…: the address is only in the link's relationship.
        var mailto = main.HyperlinkRelationships
            .Where(r => r.Uri.OriginalString.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(r => r.Id, r => r.Uri.OriginalString, StringComparer.Ordinal);
        var lines = new List<SourceLine>();
        ReadBlocks(body.ChildElements, lines, styles, numbering, mailto, depth: 0);
        return lines;
    }

    private static void ReadBlocks(IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> elements, List<SourceLine> lines, StyleIndex styles, NumberingCounter numbering, IReadOnlyDictionary<string, string> mailto, int depth)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph p:
                    lines.Add(ReadParagraph(p, styles, numbering, mailto));
                    break;
                case Table t:
                    var rows = t.Elements<TableRow>()
                        .Select(row => (IReadOnlyList<string>)row.Elements<TableCell>()
                            .Select(c => string.Join("\n", c.Descendants<Paragraph>().Select(p => ReadParagraph(p, styles, numbering, mailto).Text)).Trim())
                            .ToList())
                        .ToList();
                    lines.AddRange(TableRows.ToLines(rows).Select(l => new SourceLine(l)));

                    lines.Add(SourceLine.Blank);
                    break;
                case SectionProperties:
                    break;
                default:
                    // Content controls (templates, Word's own table of contents) and custom XML wrap ordinary blocks.
                    if (depth < 10 && element.HasChildren)
                    {
                        ReadBlocks(element.ChildElements, lines, styles, numbering, mailto, depth + 1);
                    }

                    break;
            }
        }
    }

    private static SourceLine ReadParagraph(Paragraph p, StyleIndex styles, NumberingCounter numbering, IReadOnlyDictionary<string, string> mailto)
    {
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var level = styles.HeadingLevel(styleId);
        var sb = new System.Text.StringBuilder();
        var allBold = true;
        var anyText = false;
        foreach (var run in p.Descendants<Run>())
        {
            var text = string.Concat(run.ChildElements.Select(c => c switch
            {
                Text t => t.Text,
                TabChar => "\t",
                Break => "\n",
                _ => string.Empty,
            }));
            if (text.Length == 0)
            {
                continue;
            }

            // A link is underlined because it is a link, not because it names an organisation.
            var link = run.Parent as Hyperlink;
            var underlined = link is null && run.RunProperties?.Underline?.Val?.Value is { } u && u != UnderlineValues.None;
            var bold = run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
            if (!string.IsNullOrWhiteSpace(text))
            {
                anyText = true;
                allBold &= bold;
            }

            sb.Append(underlined && !string.IsNullOrWhiteSpace(text) ? $"{OrganisationMarker.Open}{text.Trim()}{OrganisationMarker.Close} " : text);
            if (link?.Id?.Value is { } linkId && mailto.TryGetValue(linkId, out var target) && !link.InnerText.Contains('@', StringComparison.Ordinal)
                && link.Elements<Run>().LastOrDefault(r => r.InnerText.Length > 0) == run)
            {
                var address = Uri.UnescapeDataString(target[7..].Split('?')[0]).Trim();
                if (address.Contains('@', StringComparison.Ordinal))
                {
                    sb.Append(" <").Append(address).Append('>');
                }
            }
        }

        var textValue = sb.ToString();
        var number = numbering.Next(p, styleId);
        if (number is not null && !string.IsNullOrWhiteSpace(textValue) && !char.IsDigit(textValue.TrimStart().FirstOrDefault()))
        {
            textValue = number + " " + textValue.TrimStart();
        }

        if (styles.IsTitle(styleId))
        {
            level = 1;
        }

        return new SourceLine(textValue.Replace('\u00A0', ' '), level, anyText && allBold);
    }

    private sealed class StyleIndex
    {
        private readonly Dictionary<string, Style> byId = new(StringComparer.OrdinalIgnoreCase);

        public static StyleIndex From(Styles? styles)
        {
            var index = new StyleIndex();
            foreach (var s in styles?.Elements<Style>() ?? [])
            {
                if (s.StyleId?.Value is { } id)
                {
                    index.byId[id] = s;
                }
            }

            return index;
        }

        public int HeadingLevel(string? styleId)
        {
            for (var depth = 0; styleId is not null && depth < 5; depth++)
            {
                var name = (byId.TryGetValue(styleId, out var s) ? s.StyleName?.Val?.Value : null) ?? styleId;
                foreach (var candidate in new[] { styleId, name })
                {
                    var n = candidate.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
                    foreach (var prefix in new[] { "heading", "overskrift" })
                    {
                        if (n.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(n[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 9)
                        {
                            return Math.Min(level + 1, 6);
                        }
                    }
                }

                styleId = s?.BasedOn?.Val?.Value;
            }

            return 0;
        }

        public bool IsTitle(string? styleId) =>
            styleId is not null && (styleId.Equals("Title", StringComparison.OrdinalIgnoreCase) || styleId.Equals("Titel", StringComparison.OrdinalIgnoreCase)
                || (byId.TryGetValue(styleId, out var s) && s.StyleName?.Val?.Value is "Title" or "Titel" or "title"));

        public NumberingProperties? NumberingOf(string? styleId)
        {
            for (var depth = 0; styleId is not null && depth < 5; depth++)
            {
                if (!byId.TryGetValue(styleId, out var s))
                {
                    return null;
                }

                if (s.StyleParagraphProperties?.NumberingProperties is { } np)
                {
                    return np;
                }

                styleId = s.BasedOn?.Val?.Value;
            }

            return null;
        }
    }

    /// <summary>Replays Word's list counters so "%1.%2" becomes "6.1" as the reader saw it.</summary>
    private sealed class NumberingCounter(Numbering? numbering, StyleIndex styles)
    {
        private readonly Dictionary<int, int[]> counters = [];

        public string? Next(Paragraph p, string? styleId)
        {
            if (numbering is null)
            {
                return null;
            }

            var np = p.ParagraphProperties?.NumberingProperties ?? styles.NumberingOf(styleId);
            var numId = np?.NumberingId?.Val?.Value;
            if (numId is null or 0)
            {
                return null;
            }

            var ilvl = np?.NumberingLevelReference?.Val?.Value ?? 0;
            var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var abstractNum = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            if (abstractNum is null || ilvl is < 0 or > 8)
            {
                return null;
            }

            var levels = abstractNum.Elements<Level>().ToDictionary(l => l.LevelIndex?.Value ?? 0);
            if (!levels.TryGetValue(ilvl, out var level) || level.NumberingFormat?.Val?.Value != NumberFormatValues.Decimal)
            {
                return null;
            }

            var key = abstractId ?? numId.Value;
            if (!counters.TryGetValue(key, out var counter))
            {
                counter = new int[9];
                for (var i = 0; i < 9; i++)
                {
                    counter[i] = (levels.TryGetValue(i, out var l) ? l.StartNumberingValue?.Val?.Value : null) is { } start ? start - 1 : 0;
                }

                counters[key] = counter;
            }

            counter[ilvl]++;
            for (var i = ilvl + 1; i < 9; i++)
            {
                counter[i] = (levels.TryGetValue(i, out var l) ? l.StartNumberingValue?.Val?.Value : null) is { } start ? start - 1 : 0;
            }

            var text = level.LevelText?.Val?.Value ?? "%1.";
            for (var i = 0; i <= ilvl; i++)
            {
                text = text.Replace("%" + (i + 1).ToString(CultureInfo.InvariantCulture), Math.Max(counter[i], 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            return text;
        }
    }
}
