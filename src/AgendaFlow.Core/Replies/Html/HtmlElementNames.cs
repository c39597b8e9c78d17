namespace AgendaFlow.Core.Replies.Html;

/// <summary>
/// Element names in lower case, as one string instance per known name so that tags in a mail body make no
/// new strings. What the tree rules need to know about a name is here too.
/// </summary>
internal static class HtmlElementNames
{
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Known = KnownNames();

    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 32)];
        if (name.Length > lower.Length)
        {
            return name.ToString().ToLowerInvariant();
        }

        // HTML lowercases ASCII letters only.
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
        }

        return Known.TryGetValue(lower, out var known) ? known : lower.ToString();
    }

    /// <summary>The elements that read as a line (or lines) of their own in the reply text.</summary>
    public static bool IsBlock(string name) => name is
        "p" or "div" or "li" or "ul" or "ol" or "tr" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hr"
        or "pre" or "section" or "article" or "header" or "footer" or "dd" or "dt" or "dl" or "address";

    /// <summary>Elements without content or end tag.</summary>
    public static bool IsVoid(string name) => name is
        "area" or "base" or "basefont" or "bgsound" or "br" or "col" or "embed" or "frame" or "hr" or "img" or "image"
        or "input" or "keygen" or "link" or "meta" or "param" or "source" or "track" or "wbr";

    /// <summary>HTML5's "special" category: an end tag for another element does not close these.</summary>
    public static bool IsSpecial(string name) => name is
        "address" or "applet" or "area" or "article" or "aside" or "base" or "basefont" or "bgsound" or "blockquote" or "body"
        or "br" or "button" or "caption" or "center" or "col" or "colgroup" or "dd" or "details" or "dir" or "div" or "dl"
        or "dt" or "embed" or "fieldset" or "figcaption" or "figure" or "footer" or "form" or "frame" or "frameset" or "h1"
        or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "header" or "hgroup" or "hr" or "html" or "iframe" or "img"
        or "input" or "keygen" or "li" or "link" or "listing" or "main" or "marquee" or "menu" or "meta" or "nav"
        or "noembed" or "noframes" or "object" or "ol" or "p" or "param" or "plaintext" or "pre" or "script" or "search"
        or "section" or "select" or "source" or "style" or "summary" or "table" or "tbody" or "td" or "template"
        or "textarea" or "tfoot" or "th" or "thead" or "title" or "tr" or "track" or "ul" or "wbr" or "xmp";

    /// <summary>Start tags that close an open paragraph first.</summary>
    public static bool ClosesParagraph(string name) => name is
        "address" or "article" or "aside" or "blockquote" or "center" or "details" or "dialog" or "dir" or "div" or "dl"
        or "fieldset" or "figcaption" or "figure" or "footer" or "header" or "hgroup" or "main" or "menu" or "nav" or "ol"
        or "p" or "search" or "section" or "summary" or "ul" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre"
        or "listing" or "form" or "plaintext" or "xmp" or "hr" or "li" or "dd" or "dt";

    public static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>Elements whose end is implied when their parent ends ("generate implied end tags").</summary>
    public static bool HasImpliedEnd(string name) => name is
        "p" or "li" or "dd" or "dt" or "option" or "optgroup" or "rb" or "rp" or "rt" or "rtc";

    public static bool IsFormatting(string name) => name is
        "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u";

    /// <summary>Elements an "in scope" search stops at.</summary>
    public static bool IsScopeBoundary(string name) => name is
        "applet" or "caption" or "html" or "table" or "td" or "th" or "marquee" or "object" or "template" or "body";

    public static bool IsTableSection(string name) => name is "tbody" or "thead" or "tfoot";

    /// <summary>Elements read as raw text up to their end tag; title and textarea have their entities decoded.</summary>
    public static bool HasRawText(string name) => name is
        "style" or "script" or "xmp" or "iframe" or "noembed" or "noframes" or "title" or "textarea";

    /// <summary>Elements that are never the answer: the head, styles, scripts, templates, and quoted mail.</summary>
    public static bool IsDropped(string name) => name is "style" or "script" or "head" or "title" or "template" or "blockquote";

    /// <summary>Elements that belong in the head when they come before the body.</summary>
    public static bool BelongsInHead(string name) => name is
        "base" or "basefont" or "bgsound" or "link" or "meta" or "title" or "style" or "script" or "noframes" or "template";

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames()
    {
        string[] names =
        [
            "a", "abbr", "address", "applet", "area", "article", "aside", "b", "base", "basefont", "bgsound", "big", "blockquote",
            "body", "br", "button", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dialog", "dir",
            "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input",
            "ins", "kbd", "keygen", "label", "li", "link", "listing", "main", "mark", "marquee", "menu", "meta", "nav", "nobr",
            "noembed", "noframes", "noscript", "o:p", "object", "ol", "optgroup", "option", "p", "param", "plaintext", "pre", "q",
            "rb", "rp", "rt", "rtc", "s", "samp", "script", "search", "section", "select", "small", "source", "span", "strike",
            "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
            "thead", "title", "tr", "track", "tt", "u", "ul", "var", "wbr", "xmp",
        ];
        return names.ToDictionary(n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
