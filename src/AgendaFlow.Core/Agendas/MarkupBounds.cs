namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Sizes an HTML text before it is parsed. The HTML tree builder looks through the open elements for every tag, so
/// 100,000 nested elements take minutes, and a million inline tags seconds: such a file is refused at once, with a
/// reason the chair can act on, rather than read.
/// </summary>
public static class MarkupBounds
{
    /// <summary>Word's "save as web page" nests some 20 levels; a few hundred is already no document a person wrote.</summary>
    public const int MaxDepth = 400;

    /// <summary>A long agenda saved from Word as a web page has some 20,000 tags; more would not be read within a second.</summary>
    public const int MaxTags = 40_000;

    public const string TooDeepReason =
        "Dokumentet er opbygget med for mange lag inden i hinanden til at kunne læses. Gem dagsordenen som Word-dokument (.docx) eller som almindelig tekst, og upload den igen.";

    public const string TooManyTagsReason =
        "Dokumentet har for meget formatering til at kunne læses. Gem dagsordenen som Word-dokument (.docx) eller som almindelig tekst, og upload den igen.";

    // Elements that never hold others, and those whose end tag authors leave out (HTML closes them by itself).
    private static readonly HashSet<string> NoNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoNestingSpan = NoNesting.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A Danish reason when the markup is too deep or has too many tags to parse in time; null when it may be parsed.</summary>
    public static string? Check(ReadOnlySpan<char> html)
    {
        var (depth, tags, markup) = (0, 0, 0L);
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = Next(html, i))
        {
            var c = html[i + 1];
            var length = html.Slice(i, Math.Min(2_000, html.Length - i)).IndexOf('>');
            markup += length < 0 ? 1 : length + 1;
            if (c == '/')
            {
                depth = Math.Max(0, depth - (IsNesting(html, i + 2) ? 1 : 0));
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                continue;
            }

            if (++tags > MaxTags)
            {
                return TooManyTagsReason;
            }

            var close = html.Slice(i, Math.Min(2_000, html.Length - i)).IndexOf('>');
            var selfClosing = close > 0 && html[i + close - 1] == '/';
            if (!selfClosing && IsNesting(html, i + 1) && ++depth > MaxDepth)
            {
                return TooDeepReason;
            }
        }

        // The text between the tags is what the parser reads; more than it reads at all is refused before the tree is built.
        return html.Length - markup > AgendaTextParser.MaxTextCharacters * 11L / 10 ? AgendaTextParser.TooLongReason : null;
    }

    /// <summary>
    /// Markdown or plain text: markup there (emphasis, links, inline tags) at most doubles the text, so a file twice the
    /// parser's limit is refused before its lines are read, and so are more inline tags or links than an HTML file may have.
    /// Addresses in angle brackets ("Anne &lt;anne@…&gt;") count as tags here, not as nesting.
    /// </summary>
    public static string? CheckText(ReadOnlySpan<char> text)
    {
        if (text.Length > 2L * AgendaTextParser.MaxTextCharacters)
        {
            return AgendaTextParser.TooLongReason;
        }

        return text.Count('<') + text.Count('[') > MaxTags ? TooManyTagsReason : null;
    }

    private static int Next(ReadOnlySpan<char> html, int at)
    {
        var next = html[(at + 1)..].IndexOf('<');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool IsNesting(ReadOnlySpan<char> html, int nameStart)
    {
        var end = nameStart;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is ':' or '-'))
        {
            end++;
        }

        return end > nameStart && !NoNestingSpan.Contains(html[nameStart..end]);
    }
}
