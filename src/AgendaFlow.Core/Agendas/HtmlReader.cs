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

        if (name == "table")
        {
            var rows = element.Children.SelectMany(c => c.LocalName is "thead" or "tbody" or "tfoot" ? c.Children : (IEnumerable<IElement>)[c]).Where(r => r.LocalName == "tr")
                .Select(r => (IReadOnlyList<string>)r.Children.Where(c => c.LocalName is "td" or "th").Select(c => InlineText(c).Trim()).ToList())
                .ToList();
            foreach (var line in TableRows.ToLines(rows))
            {
                lines.Add(new SourceLine(line));
            }

            lines.Add(SourceLine.Blank);
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

        // Loose text between blocks ("<div>Deltagere:<ul>…</ul></div>") is a line of its own.
        var inline = new List<INode>();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement block && Blocks.Contains(block.LocalName))
            {
                AddInline(inline, lines);
                Walk(block, lines);
            }
            else if (child is IElement or IText)
            {
                inline.Add(child);
            }
        }

        AddInline(inline, lines);

        if (name is "p" or "div" or "table" or "ul" or "ol")
        {
            lines.Add(SourceLine.Blank);
        }
    }

    private static void AddInline(List<INode> nodes, List<SourceLine> lines)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        var sb = new System.Text.StringBuilder();
        foreach (var node in nodes)
        {
            AppendNode(node, sb);
        }

        var elements = nodes.OfType<IElement>().ToList();
        var bold = elements.Count > 0 && elements.All(e => e.LocalName is "b" or "strong") && nodes.OfType<IText>().All(t => string.IsNullOrWhiteSpace(t.Data));
        nodes.Clear();
        foreach (var part in sb.ToString().Replace('\u00A0', ' ').Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                lines.Add(new SourceLine(part.Trim(), 0, bold));
            }
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
            AppendNode(child, sb);
        }
    }

    private static void AppendNode(INode child, System.Text.StringBuilder sb)
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
            case IElement { LocalName: "a" } a when a.GetAttribute("href") is { } href && href.TrimStart().StartsWith("mailto:", StringComparison.OrdinalIgnoreCase):
                var linkText = new System.Text.StringBuilder();
                Append(a, linkText);
                sb.Append(InlineHtml.MailtoText(href, linkText.ToString()));
                break;
            case IElement address when address.LocalName.Contains('@', StringComparison.Ordinal):
                // "Anne Jensen <anne@kommune.example>" typed into HTML reads as an element named after the address.
                sb.Append('<').Append(address.LocalName).Append('>');
                Append(address, sb);
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
