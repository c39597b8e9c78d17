using System.Text;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Collapses the whitespace HTML does not show: spaces, tabs and CRs within a line become one space and
/// lines are trimmed; empty lines between text become one blank line; none are kept at the start or end.
/// </summary>
internal static class PlainTextLines
{
    public static string Tidy(string raw)
    {
        var result = new StringBuilder(raw.Length);
        var blank = false;
        var text = raw.AsSpan();
        while (true)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            var lineStart = result.Length;
            var pendingSpace = false;
            foreach (var c in line)
            {
                if (c is ' ' or '\t' or '\r' or '\u00A0')
                {
                    pendingSpace = result.Length > lineStart;
                    continue;
                }

                if (result.Length == lineStart && blank)
                {
                    // The blank line goes in only when text follows it.
                    result.Append('\n');
                    lineStart++;
                    blank = false;
                }

                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }

                result.Append(c);
            }

            if (result.Length == lineStart)
            {
                blank = result.Length > 0;
            }
            else
            {
                result.Append('\n');
            }

            if (end < 0)
            {
                break;
            }

            text = text[(end + 1)..];
        }

        var length = result.Length;
        while (length > 0 && char.IsWhiteSpace(result[length - 1]))
        {
            length--;
        }

        return result.ToString(0, length);
    }
}
