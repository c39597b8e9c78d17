namespace AgendaFlow.Core.Replies.Html;

/// <summary>
/// Whether a doctype puts a document in quirks mode (HTML5 §13.2.6.4.1). Outlook's "HTML 4.0 Transitional"
/// does; "&lt;!DOCTYPE html&gt;" and XHTML do not; no doctype at all does too, which the reader decides.
/// </summary>
internal static class QuirksDoctype
{
    private static readonly string[] QuirksPublicPrefixes =
    [
        "+//Silmaril//", "-//AS//", "-//AdvaSoft", "-//IETF//", "-//Metrius//", "-//Microsoft//", "-//Netscape Comm. Corp.//",
        "-//O'Reilly and Associates//", "-//SQ//", "-//SoftQuad", "-//Spyglass//", "-//Sun Microsystems Corp.//",
        "-//W3C//DTD HTML 3", "-//W3C//DTD HTML 2", "-//W3C//DTD HTML 4.0 Frameset//", "-//W3C//DTD HTML 4.0 Transitional//",
        "-//W3C//DTD HTML Experimental", "-//W3C//DTD W3 HTML//", "-//W3O//", "-//WebTechs//",
    ];

    private static readonly string[] QuirksWithoutSystemPrefixes =
    [
        "-//W3C//DTD HTML 4.01 Frameset//", "-//W3C//DTD HTML 4.01 Transitional//",
    ];

    /// <param name="doctype">What follows "&lt;!DOCTYPE" up to its "&gt;".</param>
    public static bool Means(ReadOnlySpan<char> doctype)
    {
        var rest = doctype.TrimStart();
        var nameEnd = rest.IndexOfAny(" \t\n\r\f");
        var name = nameEnd < 0 ? rest : rest[..nameEnd];
        if (!name.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        rest = nameEnd < 0 ? [] : rest[nameEnd..].TrimStart();
        if (!rest.StartsWith("PUBLIC", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var publicId = Quoted(rest[6..], out var afterPublic);
        if (publicId is null)
        {
            return true;
        }

        var hasSystemId = Quoted(afterPublic, out _) is not null;
        var id = publicId.Value.Span;
        foreach (var prefix in QuirksPublicPrefixes)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (!hasSystemId)
        {
            foreach (var prefix in QuirksWithoutSystemPrefixes)
            {
                if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return id.Equals("HTML", StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlyMemory<char>? Quoted(ReadOnlySpan<char> text, out ReadOnlySpan<char> after)
    {
        after = [];
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] is not ('"' or '\''))
        {
            return null;
        }

        var close = trimmed[1..].IndexOf(trimmed[0]);
        if (close < 0)
        {
            return null;
        }

        after = trimmed[(close + 2)..];
        return trimmed.Slice(1, close).ToString().AsMemory();
    }
}
