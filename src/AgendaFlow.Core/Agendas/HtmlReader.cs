using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AgendaFlow.Core.Agendas;

/// <summary>HTML pages and fragments: headings, paragraphs, list items and table rows become lines.</summary>
public static class HtmlReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "main", "table", "ul", "ol", "body", "td", "th", "dl", "title", "tbody", "thead", "tfoot", "figure", "center", "form", "details", "nav", "aside",
    };

    public static IReadOnlyList<SourceLine> Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<SourceLine>();
        var root = (IElement?)document.Body ?? document.DocumentElement;
        Walk(root, lines);
        return lines;
    }

    private static void Walk(IElement element, List<SourceLine> lines)
    {
        var name = element.LocalName;
        if (name is "script" or "style" or "head" or "noscript")
        {
            return;
        }

        if (name == "tr")
        {
            var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(c => InlineText(c).Trim()).Where(c => c.Length > 0).ToList();
            foreach (var line in TableRows.ToLines(cells))
            {
                lines.Add(new SourceLine(line));
            }

            return;
        }

        if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            lines.Add(new SourceLine(InlineText(element).Trim(), name[1] - '0'));
            lines.Add(SourceLine.Blank);
            return;
        }

        var hasBlockChildren = element.Children.Any(c => Blocks.Contains(c.LocalName));
        if (!hasBlockChildren)
        {
            var text = InlineText(element);
            var prefix = name == "li" && element.ParentElement?.LocalName == "ol" ? ListNumber(element) : string.Empty;
            var bold = element.Children.Length > 0 && element.Children.All(c => c.LocalName is "b" or "strong") && element.Children.Sum(c => c.TextContent.Trim().Length) >= element.TextContent.Trim().Length;
            foreach (var part in text.Split('\n'))
            {
                lines.Add(new SourceLine(prefix + part.Trim(), 0, bold));
                prefix = string.Empty;
            }

            if (name is "p" or "div")
            {
                lines.Add(SourceLine.Blank);
            }

            return;
        }

        foreach (var child in element.Children)
        {
            Walk(child, lines);
        }

        if (name is "p" or "div" or "table" or "ul" or "ol")
        {
            lines.Add(SourceLine.Blank);
        }
    }

    private static string ListNumber(IElement li)
    {
        var start = int.TryParse(li.ParentElement?.GetAttribute("start"), out var s) ? s : 1;
        var index = li.ParentElement!.Children.Where(c => c.LocalName == "li").ToList().IndexOf(li);
        return $"{start + index}. ";
    }

    private static string InlineText(INode node)
    {
        var sb = new System.Text.StringBuilder();
        Append(node, sb);
        return sb.ToString().Replace('\u00A0', ' ');
    }

    private static void Append(INode node, System.Text.StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(System.Text.RegularExpressions.Regex.Replace(t.Data, @"[ \t\r\n]+", " "));
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement { LocalName: "u" } u:
                    sb.Append(OrganisationMarker.Open).Append(u.TextContent.Trim()).Append(OrganisationMarker.Close);
                    break;
                case IElement { LocalName: "script" or "style" }:
                    break;
                case IElement e:
                    if (Blocks.Contains(e.LocalName))
                    {
                        sb.Append('\n');
                    }

                    Append(e, sb);
                    if (Blocks.Contains(e.LocalName))
                    {
                        sb.Append('\n');
                    }

                    break;
            }
        }
    }
}

/// <summary>
/// Header tables are written as rows of "label | value"; participant tables as rows of
/// name, title, organisation, e-mail. Both become lines the text parser already reads.
/// </summary>
public static partial class TableRows
{
    public static IEnumerable<string> ToLines(IReadOnlyList<string> cells)
    {
        if (cells.Count == 0)
        {
            yield break;
        }

        if (cells.Count == 1)
        {
            foreach (var l in cells[0].Split('\n'))
            {
                yield return l.Trim();
            }

            yield break;
        }

        var number = ItemNumberCell().Match(cells[0].Trim());
        if (number.Success && cells.Count >= 2)
        {
            // An agenda as a table: "1 | Godkendelse af dagsorden | 13.00-13.05 | Marianne Holst".
            var title = new List<string>();
            var extras = new List<string>();
            foreach (var cell in cells.Skip(1).Select(c => c.Replace('\n', ' ').Trim()))
            {
                if (TimeCell().IsMatch(cell))
                {
                    extras.Insert(0, $"(kl. {cell.Replace("kl.", string.Empty, StringComparison.OrdinalIgnoreCase).Trim()})");
                }
                else if (title.Count > 0 && PeopleParser.IsNameLike(cell.Replace(" og ", " ", StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)))
                {
                    extras.Add("v/" + cell);
                }
                else
                {
                    title.Add(cell);
                }
            }

            yield return $"{number.Groups[1].Value}. {string.Join(" ", title)} {string.Join(" ", extras)}".Trim();
            yield break;
        }

        var label = cells[0].Trim();
        if (HeaderLabels.Find(label) is not null && !label.Contains('\n', StringComparison.Ordinal))
        {
            var valueLines = cells[1].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var first = valueLines.Count > 0 ? valueLines[0] : string.Empty;
            yield return label.TrimEnd(':', ' ') + ": " + first;
            foreach (var l in valueLines.Skip(1))
            {
                yield return l;
            }

            foreach (var extra in cells.Skip(2))
            {
                foreach (var l in extra.Split('\n'))
                {
                    yield return l.Trim();
                }
            }

            yield break;
        }

        if (cells.All(c => c.Trim().ToLowerInvariant() is "navn" or "titel" or "stilling" or "organisation" or "e-mail" or "email" or "mail" or "rolle" or "funktion" or "repræsenterer" or "afdeling" or "tlf." or "telefon" or "deltager" or "deltagere"))
        {
            // The header row of a participant table: its rows are participants.
            yield return "Deltagere:";
            yield break;
        }

        yield return string.Join(", ", cells.Select(c => c.Replace('\n', ' ').Trim()).Where(c => c.Length > 0));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:punkt\s*|pkt\.?\s*)?(\d{1,2}(?:\.\d{1,2})?)\.?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, 500)]
    private static partial System.Text.RegularExpressions.Regex ItemNumberCell();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, 500)]
    private static partial System.Text.RegularExpressions.Regex TimeCell();
}
