using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Markdown as exported from Word: "#" headings, bold lines used as headings, and stray HTML
/// (&lt;b&gt;, &lt;u&gt;, mailto links) for the header table.
/// </summary>
public static partial class MarkdownReader
{
    public static IReadOnlyList<SourceLine> Read(ReadOnlySpan<char> text)
    {
        var lines = new List<SourceLine>(text.Count('\n') + 1);
        // Lines are cut straight out of the text (any line ending), without a normalised copy of the whole text.
        foreach (var rawLine in text.EnumerateLines())
        {
            if (TableSeparator().IsMatch(rawLine))
            {
                continue;
            }

            // Without HTML, trimming before the copy is the same as after it: a no-break space at the end is white space either way.
            var line = rawLine.ContainsAny('<', '&')
                ? InlineHtml.ToText(rawLine.ToString()).Replace('\u00A0', ' ').TrimEnd()
                : rawLine.TrimEnd().ToString().Replace('\u00A0', ' ');
            line = Link().Replace(line, m => m.Groups["target"].Value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !m.Groups["text"].Value.Contains('@', StringComparison.Ordinal)
                ? $"{m.Groups["text"].Value} <{m.Groups["target"].Value[7..]}>"
                : m.Groups["text"].Value);
            if (line.AsSpan().TrimStart().StartsWith('|'))
            {
                // A Markdown table row reads like a Word table row: label and value cells.
                var cells = line.Trim().Trim('|').Split('|').Select(c => StripEmphasis(c).Trim()).Where(c => c.Length > 0).ToList();
                foreach (var row in TableRows.ToLines(cells.Select(c => c.Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase)).ToList()))
                {
                    lines.Add(new SourceLine(StripEmphasis(row)));
                }

                continue;
            }

            var level = 0;
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                level = heading.Groups[1].Length;
                line = heading.Groups[2].Value;
            }

            var bold = IsWhollyBold(line);
            line = StripEmphasis(line);
            line = Escaped().Replace(line, "$1");

            // Inline HTML breaks (<br>, </p>) separate lines, e.g. one participant per line in a table cell.
            if (!line.Contains('\n', StringComparison.Ordinal))
            {
                lines.Add(new SourceLine(line.TrimEnd(), level, bold));
                continue;
            }

            foreach (var part in line.Split('\n'))
            {
                lines.Add(new SourceLine(part.TrimEnd(), level, bold));
            }
        }

        return lines;
    }

    private static bool IsWhollyBold(string line)
    {
        var t = line.AsSpan().Trim();
        return t.Length > 4 && ((t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal))
            || (t.StartsWith("__", StringComparison.Ordinal) && t.EndsWith("__", StringComparison.Ordinal)));
    }

    private static string StripEmphasis(string line) => Emphasis().Replace(line.Replace("**", string.Empty).Replace("__", string.Empty), "$1");

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]*)\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Heading();

    // *italic* or _italic_ where the marker hugs a word
    [GeneratedRegex(@"(?<![\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Escaped();
}
