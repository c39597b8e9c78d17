using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Turns an HTML mail body into plain text for reading the answer, with AngleSharp's HTML5 parser. Quoted mail that
/// clients mark up is dropped (blockquote, Gmail's gmail_quote, Apple Mail's and the iPhone's type="cite",
/// Thunderbird's moz-cite-prefix, Yahoo's yahoo_quoted), so are style and script; Outlook's reply header
/// (divRplyFwdMsg) ends the answer together with everything after it in its parent. Blocks and br are line breaks.
/// </summary>
public static class HtmlText
{
    /// <summary>
    /// One parser for every mail, configured once: no scripting, no comments or style/script text, and only the
    /// attributes that mark quotes kept, so a reply costs the tokenizer and a small tree rather than a browsing context.
    /// </summary>
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsScripting = false,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = KeepsQuoteMarks,
    });

    public static string ToPlainText(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        using var document = Parser.ParseDocument(html);
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder(html.Length / 4);
        Append(root, text);
        return PlainTextLines.Tidy(text.ToString());
    }

    private static bool KeepsQuoteMarks(ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        var span = name.Span;
        return span.Equals("class", StringComparison.OrdinalIgnoreCase)
            || span.Equals("id", StringComparison.OrdinalIgnoreCase)
            || span.Equals("type", StringComparison.OrdinalIgnoreCase);
    }

    private static void Append(INode node, StringBuilder text)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element when QuoteMarks.StartsQuote(element):
                    // Outlook's header block and the original mail in the siblings after it.
                    return;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "hr" } rule when rule.NextElementSibling is { } next && QuoteMarks.StartsQuote(next):
                    // Outlook draws a rule just before its header block: it belongs to the quote.
                    break;
                case IElement element when !QuoteMarks.IsDropped(element):
                    AppendElement(element, text);
                    break;
            }
        }
    }

    private static void AppendElement(IElement element, StringBuilder text)
    {
        var isBlock = IsBlock(element.LocalName);
        if (isBlock)
        {
            text.Append('\n');
        }
        else if (element.LocalName is "td" or "th")
        {
            text.Append(' ');
        }

        Append(element, text);
        if (isBlock)
        {
            text.Append('\n');
        }
    }

    private static bool IsBlock(string name) => name is
        "p" or "div" or "li" or "ul" or "ol" or "tr" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hr"
        or "pre" or "section" or "article" or "header" or "footer" or "dd" or "dt" or "dl" or "address";
}
