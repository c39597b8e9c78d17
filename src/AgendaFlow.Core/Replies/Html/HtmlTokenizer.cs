namespace AgendaFlow.Core.Replies.Html;

internal enum HtmlTokenKind
{
    EndOfFile,
    Text,
    StartTag,
    EndTag,
    Doctype,
}

/// <summary>What a start tag's id, class and type attributes say about the element for reading a reply.</summary>
[Flags]
internal enum HtmlMarks
{
    None = 0,

    /// <summary>Quoted mail or a signature: the element and what is inside it are not the answer.</summary>
    Quote = 1,

    /// <summary>Outlook's header block: it, and everything after it in the same parent, is the original mail.</summary>
    QuoteStart = 2,
}

/// <summary>
/// Splits HTML into text runs and tags the way the HTML5 tokenizer does for what a mail body contains:
/// comments, doctypes and processing instructions are skipped, a "&lt;" that does not start a tag is text,
/// quoted attribute values may hold "&gt;", and raw-text elements (style, script, title, textarea ...) run to
/// their end tag. Only the attributes that mark quotes are looked at, so no attribute strings are made.
/// </summary>
internal sealed class HtmlTokenizer(string html)
{
    private int _position;
    private string? _rawTextEnd;

    public HtmlTokenKind Kind { get; private set; }

    /// <summary>The text run of a Text token, as source characters (entities still encoded).</summary>
    public int TextStart { get; private set; }

    public int TextEnd { get; private set; }

    /// <summary>Whether the text run is raw (style, script, xmp ...): its entities are not decoded.</summary>
    public bool TextIsRaw { get; private set; }

    /// <summary>A tag's name in lower case; a known name is the same string instance every time.</summary>
    public string TagName { get; private set; } = "";

    public bool SelfClosing { get; private set; }

    public HtmlMarks Marks { get; private set; }

    /// <summary>Whether the doctype puts the document in quirks mode (where a table does not close a paragraph).</summary>
    public bool DoctypeMeansQuirks { get; private set; }

    public string Source => html;

    /// <summary>After a start tag of a raw-text or RCDATA element, the tokenizer reads its content as one text run.</summary>
    public void ReadRawTextUntilEndOf(string tagName) => _rawTextEnd = tagName;

    /// <summary>After &lt;pre&gt;, &lt;listing&gt; and &lt;textarea&gt; a first line break is not content.</summary>
    public void SkipLeadingLineBreak()
    {
        if (_position < html.Length && html[_position] == '\r')
        {
            _position++;
            if (_position < html.Length && html[_position] == '\n')
            {
                _position++;
            }
        }
        else if (_position < html.Length && html[_position] == '\n')
        {
            _position++;
        }
    }

    public HtmlTokenKind Next()
    {
        if (_rawTextEnd is { } rawEnd)
        {
            _rawTextEnd = null;
            var end = FindRawTextEnd(rawEnd);
            if (end > _position)
            {
                TextStart = _position;
                TextEnd = end;
                TextIsRaw = rawEnd is not ("title" or "textarea");
                _position = end;
                return Kind = HtmlTokenKind.Text;
            }
        }

        while (_position < html.Length)
        {
            if (html[_position] != '<')
            {
                var next = html.IndexOf('<', _position);
                TextStart = _position;
                TextEnd = next < 0 ? html.Length : next;
                TextIsRaw = false;
                _position = TextEnd;
                return Kind = HtmlTokenKind.Text;
            }

            var kind = ReadMarkup();
            if (kind is not null)
            {
                return Kind = kind.Value;
            }
        }

        return Kind = HtmlTokenKind.EndOfFile;
    }

    /// <summary>Reads what starts at a "&lt;": a tag, or something to skip (null), or a text token for a lone "&lt;".</summary>
    private HtmlTokenKind? ReadMarkup()
    {
        var at = _position;
        var next = at + 1 < html.Length ? html[at + 1] : '\0';
        if (char.IsAsciiLetter(next))
        {
            return ReadTag(at + 1, isEnd: false);
        }

        if (next == '/')
        {
            var afterSlash = at + 2 < html.Length ? html[at + 2] : '\0';
            if (char.IsAsciiLetter(afterSlash))
            {
                return ReadTag(at + 2, isEnd: true);
            }

            if (afterSlash == '>')
            {
                _position = at + 3;
                return null;
            }

            if (at + 2 >= html.Length)
            {
                return LiteralText(at, html.Length);
            }

            SkipBogusComment(at + 2);
            return null;
        }

        if (next == '!')
        {
            if (string.CompareOrdinal(html, at + 2, "--", 0, 2) == 0)
            {
                SkipComment(at + 4);
                return null;
            }

            if (at + 9 <= html.Length && html.AsSpan(at + 2, 7).Equals("DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf('>', at + 9);
                var end = close < 0 ? html.Length : close;
                DoctypeMeansQuirks = QuirksDoctype.Means(html.AsSpan(at + 9, end - at - 9));
                _position = close < 0 ? html.Length : close + 1;
                return HtmlTokenKind.Doctype;
            }

            SkipBogusComment(at + 2);
            return null;
        }

        if (next == '?')
        {
            SkipBogusComment(at + 1);
            return null;
        }

        // "<" before anything else ("a < b", "<3") is text.
        return LiteralText(at, at + 1);
    }

    private HtmlTokenKind LiteralText(int start, int end)
    {
        TextStart = start;
        TextEnd = end;
        TextIsRaw = true;
        _position = end;
        return HtmlTokenKind.Text;
    }

    private HtmlTokenKind? ReadTag(int nameStart, bool isEnd)
    {
        var i = nameStart;
        while (i < html.Length && !IsTagNameEnd(html[i]))
        {
            i++;
        }

        var name = HtmlElementNames.Of(html.AsSpan(nameStart, i - nameStart));
        var marks = HtmlMarks.None;
        var selfClosing = false;
        var seen = SeenAttributes.None;
        while (true)
        {
            while (i < html.Length && (IsWhitespace(html[i]) || html[i] == '/'))
            {
                selfClosing = html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>';
                i++;
            }

            if (i >= html.Length)
            {
                // A tag cut off by the end of the document is dropped, with what followed its "<".
                _position = html.Length;
                return null;
            }

            if (html[i] == '>')
            {
                _position = i + 1;
                break;
            }

            selfClosing = false;
            var attributeStart = i;
            i++; // The first character of a name may be "=".
            while (i < html.Length && !IsWhitespace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attribute = html.AsSpan(attributeStart, i - attributeStart);
            while (i < html.Length && IsWhitespace(html[i]))
            {
                i++;
            }

            var value = ReadOnlySpan<char>.Empty;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsWhitespace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    if (close < 0)
                    {
                        _position = html.Length;
                        return null;
                    }

                    value = html.AsSpan(i + 1, close - i - 1);
                    i = close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !IsWhitespace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html.AsSpan(valueStart, i - valueStart);
                }
            }

            if (!isEnd)
            {
                marks |= QuoteMarks.Of(attribute, value, ref seen);
            }
        }

        TagName = name;
        SelfClosing = selfClosing;
        Marks = marks;
        return isEnd ? HtmlTokenKind.EndTag : HtmlTokenKind.StartTag;
    }

    /// <summary>The end of a raw-text element's content: its end tag ("&lt;/style", any case, then a space, "/" or "&gt;").</summary>
    private int FindRawTextEnd(string tagName)
    {
        var from = _position;
        while (true)
        {
            var open = html.IndexOf("</", from, StringComparison.Ordinal);
            if (open < 0)
            {
                return html.Length;
            }

            var after = open + 2 + tagName.Length;
            if (after <= html.Length
                && html.AsSpan(open + 2, tagName.Length).Equals(tagName, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsTagNameEnd(html[after])))
            {
                return open;
            }

            from = open + 2;
        }
    }

    private void SkipComment(int contentStart)
    {
        // "<!-->" and "<!--->" are empty comments.
        if (contentStart < html.Length && html[contentStart] == '>')
        {
            _position = contentStart + 1;
            return;
        }

        if (contentStart + 1 < html.Length && html[contentStart] == '-' && html[contentStart + 1] == '>')
        {
            _position = contentStart + 2;
            return;
        }

        for (var i = contentStart; ; i++)
        {
            var dashes = html.IndexOf("--", i, StringComparison.Ordinal);
            if (dashes < 0)
            {
                _position = html.Length;
                return;
            }

            var after = dashes + 2;
            if (after < html.Length && html[after] == '>')
            {
                _position = after + 1;
                return;
            }

            if (after + 1 < html.Length && html[after] == '!' && html[after + 1] == '>')
            {
                _position = after + 2;
                return;
            }

            i = dashes;
        }
    }

    private void SkipBogusComment(int from)
    {
        var close = html.IndexOf('>', from);
        _position = close < 0 ? html.Length : close + 1;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsTagNameEnd(char c) => IsWhitespace(c) || c is '/' or '>';
}

[Flags]
internal enum SeenAttributes
{
    None = 0,
    Id = 1,
    Class = 2,
    Type = 4,
}
