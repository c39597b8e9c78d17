namespace AgendaFlow.Core.Replies.Html;

/// <summary>
/// The attributes by which mail clients mark quoted mail and signatures: Gmail's gmail_quote, Thunderbird's
/// moz-cite-prefix, Apple Mail's type="cite", Outlook's divRplyFwdMsg header block, and the like.
/// Class and id compare case-sensitively, type not, as CSS selectors on an HTML document do.
/// </summary>
internal static class QuoteMarks
{
    private static readonly string[] QuoteClasses =
        ["gmail_quote", "gmail_signature", "moz-cite-prefix", "moz-signature", "yahoo_quoted", "OutlookMessageHeader"];

    private static readonly string[] QuoteStartIds = ["divRplyFwdMsg", "appendonsend", "x_divRplyFwdMsg"];

    /// <summary>What one attribute says; only the first of several attributes with the same name counts.</summary>
    public static HtmlMarks Of(ReadOnlySpan<char> attribute, ReadOnlySpan<char> value, ref SeenAttributes seen)
    {
        if (attribute.Equals("class", StringComparison.OrdinalIgnoreCase))
        {
            return First(SeenAttributes.Class, ref seen) ? OfClasses(value) : HtmlMarks.None;
        }

        if (attribute.Equals("id", StringComparison.OrdinalIgnoreCase))
        {
            return First(SeenAttributes.Id, ref seen) ? OfId(value) : HtmlMarks.None;
        }

        if (attribute.Equals("type", StringComparison.OrdinalIgnoreCase))
        {
            return First(SeenAttributes.Type, ref seen) && value.Equals("cite", StringComparison.OrdinalIgnoreCase) ? HtmlMarks.Quote : HtmlMarks.None;
        }

        return HtmlMarks.None;
    }

    private static bool First(SeenAttributes attribute, ref SeenAttributes seen)
    {
        var first = (seen & attribute) == 0;
        seen |= attribute;
        return first;
    }

    private static HtmlMarks OfId(ReadOnlySpan<char> id)
    {
        if (id.SequenceEqual("Signature"))
        {
            return HtmlMarks.Quote;
        }

        foreach (var start in QuoteStartIds)
        {
            if (id.SequenceEqual(start))
            {
                return HtmlMarks.QuoteStart;
            }
        }

        return HtmlMarks.None;
    }

    private static HtmlMarks OfClasses(ReadOnlySpan<char> classes)
    {
        var marks = HtmlMarks.None;
        foreach (var range in classes.SplitAny(" \t\n\r\f"))
        {
            var name = classes[range];
            if (name.IsEmpty)
            {
                continue;
            }

            if (name.SequenceEqual("x_gmail_quote"))
            {
                marks |= HtmlMarks.QuoteStart;
                continue;
            }

            foreach (var quote in QuoteClasses)
            {
                if (name.SequenceEqual(quote))
                {
                    marks |= HtmlMarks.Quote;
                }
            }
        }

        return marks;
    }
}
