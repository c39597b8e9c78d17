using AngleSharp.Dom;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// How mail clients mark quoted mail and signatures in HTML: Gmail's gmail_quote, Thunderbird's moz-cite-prefix,
/// Apple Mail's and the iPhone's blockquote type="cite", Outlook's divRplyFwdMsg header block, and the like.
/// </summary>
internal static class QuoteMarks
{
    private static readonly string[] QuoteClasses =
        ["gmail_quote", "gmail_signature", "moz-cite-prefix", "moz-signature", "yahoo_quoted", "OutlookMessageHeader"];

    private static readonly string[] QuoteStartIds = ["divRplyFwdMsg", "appendonsend", "x_divRplyFwdMsg"];

    /// <summary>Dropped with its content: style, script, head and quote-marked elements.</summary>
    public static bool IsDropped(IElement element)
    {
        if (element.LocalName is "style" or "script" or "head" or "title" or "template" or "blockquote")
        {
            return true;
        }

        if (element.Id == "Signature" || string.Equals(element.GetAttribute("type"), "cite", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var classes = element.ClassList;
        foreach (var quote in QuoteClasses)
        {
            if (classes.Contains(quote))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the quoted mail starts, so this element and every sibling after it go.</summary>
    public static bool StartsQuote(IElement element) =>
        (element.Id is { } id && Array.IndexOf(QuoteStartIds, id) >= 0) || element.ClassList.Contains("x_gmail_quote");
}
