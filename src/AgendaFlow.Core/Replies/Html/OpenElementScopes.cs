namespace AgendaFlow.Core.Replies.Html;

/// <summary>
/// HTML5's questions about the stack of open elements (index 0 is the body): whether an element is "in scope",
/// the nearest table, whether a table row or section is the current table context.
/// </summary>
internal static class OpenElementScopes
{
    /// <summary>Whether the nearest table element is a table, section or row (not a cell or caption): where a new table ends the open one.</summary>
    public static bool IsTableMode(ReadOnlySpan<OpenElement> open)
    {
        for (var i = open.Length - 1; i > 0; i--)
        {
            var name = open[i].Name;
            if (name is "td" or "th" or "caption")
            {
                return false;
            }

            if (name is "table" or "tr" || HtmlElementNames.IsTableSection(name))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsForeign(ReadOnlySpan<OpenElement> open, string name)
    {
        if (name is "svg" or "math")
        {
            return true;
        }

        foreach (var element in open)
        {
            if (element.Name is "svg" or "math")
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasInScope(ReadOnlySpan<OpenElement> open, string name, bool buttonScope = false, bool listItemScope = false)
    {
        for (var i = open.Length - 1; i > 0; i--)
        {
            var current = open[i].Name;
            if (current == name)
            {
                return true;
            }

            if (HtmlElementNames.IsScopeBoundary(current) || (buttonScope && current == "button") || (listItemScope && current is "ol" or "ul"))
            {
                return false;
            }
        }

        return false;
    }

    public static bool HasInScope(ReadOnlySpan<OpenElement> open, Func<string, bool> matches)
    {
        for (var i = open.Length - 1; i > 0; i--)
        {
            var current = open[i].Name;
            if (matches(current))
            {
                return true;
            }

            if (HtmlElementNames.IsScopeBoundary(current))
            {
                return false;
            }
        }

        return false;
    }

    public static bool HasInTableScope(ReadOnlySpan<OpenElement> open, string name)
    {
        for (var i = open.Length - 1; i > 0; i--)
        {
            var current = open[i].Name;
            if (current == name)
            {
                return true;
            }

            if (current is "table" or "template" or "html")
            {
                return false;
            }
        }

        return false;
    }

    public static int NearestTable(ReadOnlySpan<OpenElement> open)
    {
        var i = open.Length - 1;
        while (i > 0 && open[i].Name != "table")
        {
            i--;
        }

        return i;
    }
}
