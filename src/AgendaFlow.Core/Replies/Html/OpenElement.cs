namespace AgendaFlow.Core.Replies.Html;

/// <summary>An element on <see cref="HtmlTextReader"/>'s stack of open elements, with what reading the answer needs to know of it.</summary>
internal record struct OpenElement(string Name, bool IsBlock, bool Hidden)
{
    /// <summary>Set when an Outlook header block starts in this element: it and all later children are the quote.</summary>
    public bool CutsFollowing { get; set; }

    /// <summary>Where the rule of the last child element was written, when that child is an &lt;hr&gt;; otherwise -1.</summary>
    public int LastChildRuleAt { get; set; } = -1;

    /// <summary>
    /// For an element that HTML5 moves out of a table ("foster parenting": text or a div between rows), the index
    /// of that table on the stack, since its text goes before the table; -1 for text written where it stands.
    /// </summary>
    public int FosterTable { get; init; } = -1;

    /// <summary>Whether this element is an Outlook header block: what is moved out of it (a table) goes before it, into the answer.</summary>
    public bool StartsQuote { get; set; }

    /// <summary>For a table that is an Outlook header block: whether one of the elements moved out of it is one too.</summary>
    public bool QuoteStartMovedBefore { get; set; }

    /// <summary>For a table: where text moved out of it goes, just before its own text.</summary>
    public int FosterAt { get; set; } = -1;
}
