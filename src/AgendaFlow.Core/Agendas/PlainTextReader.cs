namespace AgendaFlow.Core.Agendas;

/// <summary>Plain text: one line per line; tab-separated header cells stay on their line.</summary>
public static class PlainTextReader
{
    public static IReadOnlyList<SourceLine> Read(ReadOnlySpan<char> text)
    {
        // Lines are cut straight out of the text (any line ending), one string each, without a normalised copy of the whole text.
        var lines = new List<SourceLine>(text.Count('\n') + 1);
        foreach (var line in text.EnumerateLines())
        {
            // Trimming first is the same as replacing first: a no-break space at the end is white space either way.
            lines.Add(new SourceLine(line.TrimEnd().ToString().Replace('\u00A0', ' ')));
        }

        return lines;
    }
}
