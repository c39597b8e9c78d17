using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Turns an HTML mail body into plain text for reading the answer. Quoted mail that clients mark up
/// (Gmail, Outlook, Apple Mail, Thunderbird) and style/script are dropped before the text is taken.
/// </summary>
public static class HtmlText
{
    public static string ToPlainText(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var document = new HtmlParser().ParseDocument(html);
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return string.Empty;
        }

        foreach (var element in document.QuerySelectorAll(Dropped).ToList())
        {
            element.Remove();
        }

        // Outlook puts its header block first and the original mail in the siblings after it.
        foreach (var element in document.QuerySelectorAll(QuoteStarts).ToList())
        {
            RemoveWithFollowingSiblings(element);
        }

        var text = new StringBuilder();
        Append(root, text);
        return Tidy(text.ToString());
    }

    private const string Dropped =
        "style, script, head, title, template, blockquote, .gmail_quote, .gmail_signature, .moz-cite-prefix, " +
        ".moz-signature, .yahoo_quoted, .OutlookMessageHeader, #Signature, [type=cite]";

    private const string QuoteStarts = "#divRplyFwdMsg, #appendonsend, #x_divRplyFwdMsg, .x_gmail_quote";

    private static void RemoveWithFollowingSiblings(IElement element)
    {
        // Outlook often draws a rule (<hr>) just before its header block: it belongs to the quote.
        if (element.PreviousElementSibling is { LocalName: "hr" } rule)
        {
            rule.Remove();
        }

        var next = element.NextSibling;
        while (next is not null)
        {
            var after = next.NextSibling;
            next.RemoveFromParent();
            next = after;
        }

        element.Remove();
    }

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "pre", "section", "article", "header", "footer", "dd", "dt", "dl", "address",
    };

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement element:
                    var isBlock = BlockElements.Contains(element.LocalName);
                    if (isBlock)
                    {
                        text.Append('\n');
                    }

                    if (element.LocalName is "td" or "th")
                    {
                        text.Append(' ');
                    }

                    Append(element, text);
                    if (isBlock)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }

    /// <summary>Collapses the whitespace HTML does not show, keeping one blank line between blocks.</summary>
    private static string Tidy(string raw)
    {
        var lines = raw.Replace('\u00A0', ' ').Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }

            if (blank)
            {
                result.Append('\n');
                blank = false;
            }

            result.Append(line).Append('\n');
        }

        return result.ToString().TrimEnd();
    }
}
