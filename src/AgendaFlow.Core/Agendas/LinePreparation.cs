using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// The first step of reading: every reader's lines made alike (spaces, overlong lines) and freed of what is not the
/// agenda (a quoted earlier mail, page heads), with the line breaks of exports undone (a lone "1." and its title, a
/// wrapped title, a programme's time before its item).
/// </summary>
internal static partial class LinePreparation
{
    /// <summary>No real header or heading line is this long; longer lines are cut into pieces.</summary>
    private const int MaxLineCharacters = 5_000;

    public static List<SourceLine> Prepare(IReadOnlyList<SourceLine> rawLines) =>
        JoinWrappedHeadings(JoinLoneNumbers(TimeFirstRows(WithoutPageFurniture(WithoutQuotedMessage(CleanLines(rawLines))))));

    /// <summary>A reply or forward quotes the earlier mail below a separator; what is quoted is not this agenda.</summary>
    private static List<SourceLine> WithoutQuotedMessage(List<SourceLine> lines)
    {
        var cut = lines.FindIndex(l => QuotedMessage().IsMatch(l.Text));
        return cut < 0 ? lines : lines.GetRange(0, cut);
    }

    /// <summary>"Social- og Sundhedsudvalget, 10-03-2027 Side 2": the running head of a printed page is not text.</summary>
    private static List<SourceLine> WithoutPageFurniture(List<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length < 160 && PageHead().IsMatch(lines[i].Text))
            {
                lines[i] = SourceLine.Blank;
            }
        }

        return lines;
    }

    /// <summary>"10.00–10.30&lt;tab&gt;1. Ankomst og velkomst": a programme with the time before the item is the item with its time.</summary>
    private static List<SourceLine> TimeFirstRows(List<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Contains('\t', StringComparison.Ordinal) && TimeFirst().Match(lines[i].Text) is { Success: true } m)
            {
                lines[i] = lines[i] with { Text = $"{m.Groups["item"].Value.Trim()} (kl. {m.Groups["time"].Value})" };
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^\s*-{2,}\s*(?:oprindelig meddelelse|original message|videresendt meddelelse|forwarded message)\s*-{2,}\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex QuotedMessage();

    [GeneratedRegex(@"^(?:.{0,120}\s)?(?:side|page)\s+\d{1,3}(?:\s*(?:af|of|/)\s*\d{1,3})?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PageHead();

    [GeneratedRegex(@"^(?:kl\.?\s*)?(?<time>\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?)\s*\t\s*(?<item>\d{1,2}(?:\.\d{1,2})?[.)]\s+\p{Lu}.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TimeFirst();

    /// <summary>An item title wrapped onto the next line ("... og" / "evaluering af TeleKOL") is one title.</summary>
    private static List<SourceLine> JoinWrappedHeadings(List<SourceLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1];
            // "at udvalget godkender ..." under a title is the recommendation, not the rest of the title.
            if (next.IsBlank || !char.IsLower(next.Text[0]) || next.Text.Length > 120 || next.Text.EndsWith('.') || next.Text.StartsWith("at ", StringComparison.Ordinal) || lines[i].Text.EndsWith('.') || lines[i].Text.EndsWith(':')
                || ItemHeading.TryRead(i, lines[i]) is null || (next.HeadingLevel != lines[i].HeadingLevel && next.HeadingLevel > 0))
            {
                continue;
            }

            lines[i] = lines[i] with { Text = lines[i].Text + " " + next.Text };
            lines[i + 1] = SourceLine.Blank;
        }

        return lines;
    }

    /// <summary>"1." alone on a line with the title on the next (PDF and table exports) is one heading.</summary>
    private static List<SourceLine> JoinLoneNumbers(List<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!LoneNumber().IsMatch(lines[i].Text))
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Count && next <= i + 2 && lines[next].IsBlank)
            {
                next++;
            }

            if (next < lines.Count && !lines[next].IsBlank && char.IsUpper(lines[next].Text[0]))
            {
                lines[i] = lines[i] with { Text = lines[i].Text + " " + lines[next].Text, IsBold = lines[i].IsBold || lines[next].IsBold, HeadingLevel = Math.Max(lines[i].HeadingLevel, lines[next].HeadingLevel) };
                lines[next] = SourceLine.Blank;
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^(?:(?:punkt|pkt\.?)\s*\d{1,2}(?:\.\d{1,2})?\.?|\d{1,2}(?:\.\d{1,2})?\.)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex LoneNumber();

    private static List<SourceLine> CleanLines(IReadOnlyList<SourceLine> rawLines)
    {
        var lines = new List<SourceLine>(rawLines.Count);
        foreach (var line in rawLines)
        {
            // Only the rare overlong line goes through the splitting iterator; an iterator per line cost more than the line.
            if (line.Text.Length <= MaxLineCharacters)
            {
                lines.Add(Clean(line));
                continue;
            }

            foreach (var piece in SplitLongLine(line))
            {
                lines.Add(Clean(piece));
            }
        }

        return lines;
    }

    private static IEnumerable<SourceLine> SplitLongLine(SourceLine line)
    {
        if (line.Text.Length <= MaxLineCharacters)
        {
            yield return line;
            yield break;
        }

        for (var start = 0; start < line.Text.Length; start += MaxLineCharacters)
        {
            yield return line with { Text = line.Text.Substring(start, Math.Min(MaxLineCharacters, line.Text.Length - start)) };
        }
    }

    private static SourceLine Clean(SourceLine line)
    {
        var text = line.Text.Replace('\u00A0', ' ').Replace('\u200B', ' ').Replace('\r', ' ');
        text = InnerSpaces().Replace(text, " ").Trim();
        // Most lines are clean already; they are kept as they are rather than copied.
        return ReferenceEquals(text, line.Text) ? line : line with { Text = text };
    }

    [GeneratedRegex(@"[ \f\v]{2,}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex InnerSpaces();
}

