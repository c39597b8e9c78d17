using System.Text;

namespace AgendaFlow.Core.Replies.Html;

/// <summary>
/// Reads an HTML mail body into text without building a DOM: a stack of open elements follows the HTML5 tree
/// rules that decide where blocks start and end (a paragraph ends at the next block, a list item at the next
/// item, cells and rows in tables, end tags that close what they enclose), which is all the text depends on.
/// Blocks are set on lines of their own, a cell starts with a space, and what quotes the earlier mail is left
/// out: elements marked as quotes (<see cref="QuoteMarks"/>, blockquote) with what is inside them, and Outlook's
/// header block with every sibling after it. Foster parenting of stray text in tables is not modelled.
/// </summary>
internal sealed class HtmlTextReader
{
    private readonly HtmlTokenizer _tokens;
    private readonly StringBuilder _text;
    private readonly List<OpenElement> _open = new(16);
    private bool _quirks = true;
    private Place _place = Place.Initial;

    private HtmlTextReader(string html)
    {
        _tokens = new HtmlTokenizer(html);
        _text = new StringBuilder(html.Length / 2);
        _open.Add(new OpenElement("body", IsBlock: false, Hidden: false));
    }

    /// <summary>The text of the body with a line break at each block's start and end; whitespace is left as it was.</summary>
    public static string Read(string html)
    {
        var reader = new HtmlTextReader(html);
        reader.ReadAll();
        return reader._text.ToString();
    }

    private enum Place
    {
        Initial,
        BeforeBody,
        InBody,
    }

    private ReadOnlySpan<OpenElement> Stack => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_open);

    private ref OpenElement Top => ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_open)[^1];

    private bool InsideHidden => Top.Hidden || Top.CutsFollowing;

    private void ReadAll()
    {
        while (true)
        {
            switch (_tokens.Next())
            {
                case HtmlTokenKind.EndOfFile:
                    while (_open.Count > 1)
                    {
                        Pop();
                    }

                    return;
                case HtmlTokenKind.Doctype:
                    if (_place == Place.Initial)
                    {
                        _quirks = _tokens.DoctypeMeansQuirks;
                        _place = Place.BeforeBody;
                    }

                    break;
                case HtmlTokenKind.Text:
                    OnText();
                    break;
                case HtmlTokenKind.StartTag:
                    OnStartTag(_tokens.TagName);
                    break;
                case HtmlTokenKind.EndTag:
                    OnEndTag(_tokens.TagName);
                    break;
            }
        }
    }

    private void OnText()
    {
        var text = _tokens.Source.AsSpan(_tokens.TextStart, _tokens.TextEnd - _tokens.TextStart);
        if (_place != Place.InBody && _open.Count == 1)
        {
            // Whitespace before the body is not body text; anything else starts the body.
            if (text.IndexOfAnyExcept(" \t\n\r\f") < 0)
            {
                return;
            }

            _place = Place.InBody;
        }

        if (IsTableContext(Top.Name) && text.IndexOfAnyExcept(" \t\n\r\f") >= 0)
        {
            var table = OpenElementScopes.NearestTable(Stack);
            if (IsVisibleChildOf(table - 1, before: table))
            {
                Write(table, text, decode: !_tokens.TextIsRaw);
            }

            return;
        }

        if (!InsideHidden)
        {
            Write(Top.FosterTable, text, decode: !_tokens.TextIsRaw);
        }
    }

    private void OnStartTag(string name)
    {
        if (_place != Place.InBody && _open.Count == 1)
        {
            if (_place == Place.Initial)
            {
                _place = Place.BeforeBody;
            }

            if (name is "html" or "head")
            {
                return;
            }

            if (HtmlElementNames.BelongsInHead(name))
            {
                // What the head holds is not the mail's text, wherever its end tag is.
                if (!HtmlElementNames.IsVoid(name))
                {
                    Open(name, HtmlMarks.Quote);
                    if (HtmlElementNames.HasRawText(name))
                    {
                        _tokens.ReadRawTextUntilEndOf(name);
                    }
                }

                return;
            }

            _place = Place.InBody;
            if (name == "body")
            {
                return;
            }
        }

        switch (name)
        {
            case "html" or "body" or "head" or "frameset":
                return;
            case "br":
                LineBreak(_tokens.Marks);
                return;
            case "hr":
                CloseParagraphInButtonScope();
                Rule(_tokens.Marks);
                return;
            case "li":
                CloseListItem(static n => n == "li");
                CloseParagraphInButtonScope();
                break;
            case "dd" or "dt":
                CloseListItem(static n => n is "dd" or "dt");
                CloseParagraphInButtonScope();
                break;
            case "table":
                if (OpenElementScopes.IsTableMode(Stack))
                {
                    PopUntilPopped("table");
                }
                else if (!_quirks)
                {
                    CloseParagraphInButtonScope();
                }

                break;
            case "td" or "th":
                if (!OpenCell())
                {
                    return;
                }

                break;
            case "tr":
                if (!OpenRow())
                {
                    return;
                }

                break;
            case "tbody" or "thead" or "tfoot" or "caption" or "colgroup" or "col":
                if (!OpenElementScopes.HasInTableScope(Stack, "table"))
                {
                    return;
                }

                PopUntilTop(static n => n == "table");
                if (name is "colgroup" or "col")
                {
                    return;
                }

                break;
            default:
                if (HtmlElementNames.ClosesParagraph(name))
                {
                    CloseParagraphInButtonScope();
                }

                if (HtmlElementNames.IsHeading(name) && HtmlElementNames.IsHeading(Top.Name))
                {
                    Pop();
                }

                break;
        }

        if (HtmlElementNames.IsVoid(name) || (_tokens.SelfClosing && OpenElementScopes.IsForeign(Stack, name)))
        {
            Admit(name, _tokens.Marks, ParentFor(name));
            return;
        }

        Open(name, _tokens.Marks);
        if (HtmlElementNames.HasRawText(name))
        {
            _tokens.ReadRawTextUntilEndOf(name);
        }

        if (name is "pre" or "listing" or "textarea")
        {
            _tokens.SkipLeadingLineBreak();
        }
        else if (name == "plaintext")
        {
            _tokens.ReadRawTextUntilEndOf("\uFFFF");
        }
    }

    private void OnEndTag(string name)
    {
        if (_place != Place.InBody && _open.Count == 1)
        {
            if (name is not ("body" or "html" or "br"))
            {
                return;
            }

            _place = Place.InBody;
        }

        switch (name)
        {
            case "body" or "html":
                return;
            case "br":
                LineBreak(HtmlMarks.None);
                return;
            case "p":
                if (!OpenElementScopes.HasInScope(Stack, "p", buttonScope: true))
                {
                    // "</p>" without a paragraph is an empty one.
                    Open("p", HtmlMarks.None);
                }

                CloseParagraphInButtonScope();
                return;
            case "li":
                if (OpenElementScopes.HasInScope(Stack, "li", listItemScope: true))
                {
                    GenerateImpliedEnds(except: "li");
                    PopUntilPopped("li");
                }

                return;
            case "template":
                if (_open.Exists(static e => e.Name == "template"))
                {
                    PopUntilPopped("template");
                }

                return;
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "table":
                if (OpenElementScopes.HasInTableScope(Stack, name))
                {
                    PopUntilPopped(name);
                }

                return;
        }

        if (HtmlElementNames.IsHeading(name))
        {
            if (OpenElementScopes.HasInScope(Stack, HtmlElementNames.IsHeading))
            {
                GenerateImpliedEnds(except: null);
                PopUntilPopped(HtmlElementNames.IsHeading);
            }

            return;
        }

        if (HtmlElementNames.IsSpecial(name) && name is not ("style" or "script" or "title" or "textarea" or "xmp" or "iframe"
            or "noembed" or "noframes" or "plaintext" or "template"))
        {
            if (OpenElementScopes.HasInScope(Stack, name))
            {
                GenerateImpliedEnds(except: name);
                PopUntilPopped(name);
            }

            return;
        }

        if (HtmlElementNames.IsFormatting(name))
        {
            EndFormatting(name);
            return;
        }

        EndOther(name);
    }

    /// <summary>
    /// The outcome of HTML5's adoption agency for the text: a formatting element with a block opened inside it
    /// ends without ending that block; otherwise it ends with what was opened inside it.
    /// </summary>
    private void EndFormatting(string name)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            if (_open[i].Name == name)
            {
                for (var j = i + 1; j < _open.Count; j++)
                {
                    if (HtmlElementNames.IsSpecial(_open[j].Name))
                    {
                        // Left on the stack without a name, so that the indexes of the tables above it stay right.
                        _open[i] = _open[i] with { Name = Detached };
                        return;
                    }
                }

                PopUntilPopped(name);
                return;
            }

            if (HtmlElementNames.IsScopeBoundary(_open[i].Name))
            {
                return;
            }
        }
    }

    /// <summary>HTML5's rule for any other end tag: it ends the nearest open element of its name, unless a special element is nearer.</summary>
    private void EndOther(string name)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            if (_open[i].Name == name)
            {
                GenerateImpliedEnds(except: name);
                while (_open.Count > i)
                {
                    Pop();
                }

                return;
            }

            if (HtmlElementNames.IsSpecial(_open[i].Name))
            {
                return;
            }
        }
    }

    private void Open(string name, HtmlMarks marks)
    {
        var parent = ParentFor(name);
        var fosterTable = parent == _open.Count - 1 ? Top.FosterTable : parent + 1;
        var at = WritePosition(fosterTable);
        var visible = Admit(name, marks, parent, out var startsQuote);
        var isBlock = HtmlElementNames.IsBlock(name);
        if (visible)
        {
            if (isBlock)
            {
                Write(fosterTable, "\n");
            }
            else if (name is "td" or "th")
            {
                Write(fosterTable, " ");
            }
        }

        _open.Add(new OpenElement(name, isBlock, Hidden: !visible) { FosterTable = fosterTable, FosterAt = name == "table" ? at : -1, StartsQuote = startsQuote });
    }

    /// <summary>
    /// The index of the element a new one goes into: the current one, or, for what HTML5 moves out of a table
    /// (anything but table structure where a row or section is open), the table's parent.
    /// </summary>
    private int ParentFor(string name)
    {
        if (!IsTableContext(Top.Name) || name is "table" or "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot" or "tr"
            or "td" or "th" or "style" or "script" or "template" or "form")
        {
            return _open.Count - 1;
        }

        return OpenElementScopes.NearestTable(Stack) - 1;
    }

    /// <summary>Whether a new element is part of the answer; an Outlook header block also ends the answer in its parent.</summary>
    private bool Admit(string name, HtmlMarks marks, int parent) => Admit(name, marks, parent, out _);

    private bool Admit(string name, HtmlMarks marks, int parent, out bool startsQuote)
    {
        startsQuote = false;
        var open = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_open);
        ref var into = ref open[parent];
        var before = parent == _open.Count - 1 ? -1 : parent + 1;
        if (!IsVisibleChildOf(parent, before) || HtmlElementNames.IsDropped(name) || (marks & HtmlMarks.Quote) != 0)
        {
            return false;
        }

        if ((marks & HtmlMarks.QuoteStart) != 0)
        {
            // Outlook draws a rule just before its header block: it belongs to the quote.
            if (into.LastChildRuleAt >= 0 && into.LastChildRuleAt + 2 <= _text.Length)
            {
                _text.Remove(into.LastChildRuleAt, 2);
                Shift(into.LastChildRuleAt, -2);
            }

            into.CutsFollowing = true;
            startsQuote = true;
            if (before >= 0)
            {
                // Moved out of a table, the header block comes before it: the table is part of the quote after all.
                open[before].QuoteStartMovedBefore = true;
                var tableStart = open[before].FosterAt;
                var tableEnd = WritePosition(open[before].FosterTable);
                if (tableStart >= 0 && tableEnd <= _text.Length && tableEnd > tableStart)
                {
                    _text.Remove(tableStart, tableEnd - tableStart);
                    Shift(tableStart, tableStart - tableEnd);
                }

                for (var i = before; i < open.Length; i++)
                {
                    open[i].Hidden = true;
                }
            }

            return false;
        }

        into.LastChildRuleAt = -1;
        return true;
    }

    /// <summary>Whether what goes into <paramref name="parent"/> (before the table at <paramref name="before"/>, if any) is part of the answer.</summary>
    private bool IsVisibleChildOf(int parent, int before = -1) =>
        !_open[parent].Hidden
        && (!_open[parent].CutsFollowing || (before >= 0 && _open[before].StartsQuote && !_open[before].QuoteStartMovedBefore));

    private static bool IsTableContext(string name) => name is "table" or "tr" || HtmlElementNames.IsTableSection(name);

    private int WritePosition(int fosterTable) => fosterTable < 0 ? _text.Length : _open[fosterTable].FosterAt;

    private void Write(int fosterTable, string text)
    {
        if (fosterTable < 0)
        {
            _text.Append(text);
            return;
        }

        // Broken markup must not make reading fail: a position is kept within the text.
        var at = Math.Clamp(_open[fosterTable].FosterAt, 0, _text.Length);
        _text.Insert(at, text);
        Shift(at, text.Length);
    }

    private void Write(int fosterTable, ReadOnlySpan<char> html, bool decode)
    {
        if (fosterTable < 0)
        {
            HtmlEntities.AppendDecoded(_text, html, decode);
            return;
        }

        var decoded = new StringBuilder();
        HtmlEntities.AppendDecoded(decoded, html, decode);
        Write(fosterTable, decoded.ToString());
    }

    /// <summary>Keeps the positions noted in open elements right after text was put in (or taken out) before them.</summary>
    private void Shift(int at, int length)
    {
        var open = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_open);
        for (var i = 0; i < open.Length; i++)
        {
            if (open[i].FosterAt >= at && (length > 0 || open[i].FosterAt > at))
            {
                open[i].FosterAt += length;
            }

            if (open[i].LastChildRuleAt > at)
            {
                open[i].LastChildRuleAt += length;
            }
        }
    }

    private void Pop()
    {
        var element = Top;
        _open.RemoveAt(_open.Count - 1);
        if (element.IsBlock && !element.Hidden)
        {
            Write(element.FosterTable, "\n");
        }

        while (_open.Count > 1 && ReferenceEquals(Top.Name, Detached))
        {
            _open.RemoveAt(_open.Count - 1);
        }
    }

    /// <summary>The name of a formatting element that has ended while elements opened inside it are still open.</summary>
    private const string Detached = "\0";

    private void LineBreak(HtmlMarks marks)
    {
        var parent = ParentFor("br");
        if (Admit("br", marks, parent))
        {
            Write(parent == _open.Count - 1 ? Top.FosterTable : parent + 1, "\n");
        }
    }

    private void Rule(HtmlMarks marks)
    {
        var parent = ParentFor("hr");
        var fosterTable = parent == _open.Count - 1 ? Top.FosterTable : parent + 1;
        if (Admit("hr", marks, parent))
        {
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_open)[parent].LastChildRuleAt = WritePosition(fosterTable);
            Write(fosterTable, "\n\n");
        }
    }

    private void CloseParagraphInButtonScope()
    {
        if (OpenElementScopes.HasInScope(Stack, "p", buttonScope: true))
        {
            GenerateImpliedEnds(except: "p");
            PopUntilPopped("p");
        }
    }

    /// <summary>A new list item (or dd/dt) ends the open one, unless a block other than div, p or address lies between.</summary>
    private void CloseListItem(Func<string, bool> isItem)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var name = _open[i].Name;
            if (isItem(name))
            {
                GenerateImpliedEnds(except: name);
                PopUntilPopped(name);
                return;
            }

            if (HtmlElementNames.IsSpecial(name) && name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    /// <summary>A cell outside a table is no cell; a cell ends the open one, and a row is implied when there is none.</summary>
    private bool OpenCell()
    {
        if (!OpenElementScopes.HasInTableScope(Stack, "table"))
        {
            return false;
        }

        if (OpenElementScopes.HasInTableScope(Stack, "td") || OpenElementScopes.HasInTableScope(Stack, "th"))
        {
            GenerateImpliedEnds(except: null);
            PopUntilPopped(static n => n is "td" or "th");
        }

        PopUntilTop(static n => n is "tr" or "table" || HtmlElementNames.IsTableSection(n));
        if (Top.Name != "tr")
        {
            Open("tr", HtmlMarks.None);
        }

        return true;
    }

    private bool OpenRow()
    {
        if (!OpenElementScopes.HasInTableScope(Stack, "table"))
        {
            return false;
        }

        PopUntilTop(static n => n is "table" || HtmlElementNames.IsTableSection(n));
        return true;
    }

    private void GenerateImpliedEnds(string? except)
    {
        while (_open.Count > 1 && HtmlElementNames.HasImpliedEnd(Top.Name) && Top.Name != except)
        {
            Pop();
        }
    }

    private void PopUntilPopped(string name)
    {
        while (_open.Count > 1)
        {
            var popped = Top.Name;
            Pop();
            if (popped == name)
            {
                return;
            }
        }
    }

    private void PopUntilPopped(Func<string, bool> matches)
    {
        while (_open.Count > 1)
        {
            var name = Top.Name;
            Pop();
            if (matches(name))
            {
                return;
            }
        }
    }

    private void PopUntilTop(Func<string, bool> matches)
    {
        while (_open.Count > 1 && !matches(Top.Name))
        {
            Pop();
        }
    }
}
