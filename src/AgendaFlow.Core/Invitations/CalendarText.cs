using AgendaFlow.Core.Input;

namespace AgendaFlow.Core.Invitations;

/// <summary>
/// Outside text made fit for an iCalendar file. Ical.Net escapes line breaks in property values (SUMMARY,
/// LOCATION), but writes parameter values (CN) as they are, so a name with a line break in it would start a
/// property of its own, such as a second ATTENDEE. RFC 5545 allows no control characters or DQUOTE in a parameter.
/// </summary>
public static class CalendarText
{
    /// <summary>A parameter value such as CN: one line, no quotes, no control characters.</summary>
    public static string Parameter(string? text) => Collapse(UnsafeCharacters.Blank((text ?? "").Replace('"', '\'')));

    /// <summary>A property value such as SUMMARY or DESCRIPTION: line breaks kept as '\n' (escaped by Ical.Net), other controls gone.</summary>
    public static string? Value(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var lines = text.Replace("\r\n", "\n").Split(['\n', '\r', '\u0085', '\u2028', '\u2029']);
        return string.Join('\n', lines.Select(line => Collapse(UnsafeCharacters.Blank(line))));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
