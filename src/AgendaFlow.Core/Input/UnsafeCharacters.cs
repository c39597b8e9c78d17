namespace AgendaFlow.Core.Input;

/// <summary>
/// The characters that let outside text change the structure it is put into: line breaks of every kind break a
/// mail header, an iCalendar line or a CSV row; other control characters have no place in a name; and the
/// bidirectional overrides make a name or file name read differently from what it is.
/// </summary>
public static class UnsafeCharacters
{
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) // C0 and C1: CR, LF, VT, FF, NEL (U+0085) among them
        || c is '\u2028' or '\u2029' // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'; // bidirectional embeddings and isolates

    public static bool Any(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every unsafe character replaced by a space, for display where refusing is no option.</summary>
    public static string Blank(string text) =>
        Any(text) ? string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsUnsafe(source[i]) ? ' ' : source[i];
            }
        }) : text;
}
