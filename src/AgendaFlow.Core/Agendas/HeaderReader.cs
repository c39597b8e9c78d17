using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>Cuts the header (everything before the first item) into labelled blocks and free lines.</summary>
public static partial class HeaderReader
{
    private sealed class Block(HeaderField field, string label, string inline)
    {
        public HeaderField Field { get; } = field;

        public string Label { get; } = label;

        public string Inline { get; } = inline;

        public List<string> Lines { get; } = [];

        private string[]? values;

        /// <summary>
        /// The inline value and the lines under the label. Asked many times once the header is read, so built once,
        /// and again only when a line was added since.
        /// </summary>
        public IReadOnlyList<string> Values
        {
            get
            {
                if (values is null || values.Length != (Inline.Length > 0 ? 1 : 0) + Lines.Count)
                {
                    values = Inline.Length > 0 ? [Inline, .. Lines] : [.. Lines];
                }

                return values;
            }
        }
    }

    public static HeaderInfo Read(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<Block>();
        var free = new List<(string Text, bool Heading)>();
        var sideCells = new List<string>();
        Block? open = null;
        var blankRun = 0;
        DocumentKind? kind = null;

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blankRun++;
                if (open is not null && (blankRun > 2 || open.Field is not (HeaderField.Participants or HeaderField.Guests or HeaderField.Absent or HeaderField.AbsentWithoutNotice or HeaderField.Chairs or HeaderField.MinuteTakers)))
                {
                    open = open.Lines.Count == 0 && open.Inline.Length == 0 ? open : null;
                }

                continue;
            }

            blankRun = 0;
            foreach (var (text, side) in Cells(line.Text))
            {
                if (side)
                {
                    if (HeaderLabels.Match(text) is { } sideLabel && sideLabel.Field != HeaderField.Other)
                    {
                        open = new Block(sideLabel.Field, sideLabel.Label, sideLabel.Value);
                        blocks.Add(open);
                    }
                    else
                    {
                        sideCells.Add(text);
                    }

                    continue;
                }

                if (ReadLabel(text, open) is { } label)
                {
                    kind ??= KindOfWord(label.Field == HeaderField.Title ? label.Label : string.Empty);
                    open = new Block(label.Field, label.Label, label.Value);
                    blocks.Add(open);
                    continue;
                }

                var visible = OrganisationMarker.Strip(text);
                if (KindMarker().Match(visible) is { Success: true } marker)
                {
                    // A bare "Dagsorden" after the header fields heads the list of items, it does not name the document.
                    if (marker.Groups["rest"].Length > 0 || !blocks.Any(b => b.Field is not (HeaderField.Other or HeaderField.DocumentDate)))
                    {
                        kind ??= KindOfWord(marker.Groups["word"].Value);
                    }
                }

                if (KindMarker().IsMatch(visible) || line.HeadingLevel > 0 || IsSectionStop(text))
                {
                    open = null;
                    free.Add((text, line.IsHeadingLike));
                    continue;
                }

                if (open is not null && !(open.Field is HeaderField.Participants or HeaderField.Guests or HeaderField.Absent or HeaderField.AbsentWithoutNotice && LooksLikeProse(text)))
                {
                    open.Lines.Add(text);
                }
                else
                {
                    open = null;
                    free.Add((text, line.IsHeadingLike));
                }
            }
        }

        return Interpret(blocks, free, sideCells, kind);
    }

    private static bool IsPeopleList(HeaderField field) => field is HeaderField.Participants or HeaderField.Guests or HeaderField.Absent or HeaderField.AbsentWithoutNotice or HeaderField.Substitutes;

    private static (HeaderField Field, string Label, string Value)? ReadLabel(string text, Block? open)
    {
        var label = HeaderLabels.Match(text);
        if (label is { Field: HeaderField.Other } contact && open is not null && IsPeopleList(open.Field) && open.Values.Any()
            && contact.Label.ToLowerInvariant() is "e-mail" or "mail" or "tlf" or "telefon" or "email")
        {
            // "E-mail: anne@…" under a participant belongs to that participant.
            return null;
        }

        if (label is { } l && open is not null && IsPeopleList(open.Field) && (HeaderLabels.IsBulleted(text) || (l.Field == open.Field && text.Contains('@', StringComparison.Ordinal))))
        {
            // Under "Deltagere:", "- Deltager Nummer4 <…>" is one more participant; only "Label: …" starts a new list.
            return HeaderLabels.MatchInList(text);
        }

        return label;
    }

    private static DocumentKind? KindOfWord(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Length == 0 ? null
            : w.StartsWith("dagsorden", StringComparison.Ordinal) || w.Contains("indkaldelse", StringComparison.Ordinal) || w == "agenda" ? DocumentKind.Agenda
            : w.Contains("referat", StringComparison.Ordinal) || w.Contains("protokol", StringComparison.Ordinal) || w == "minutes" ? DocumentKind.Minutes
            : null;
    }

    private static IEnumerable<(string Text, bool Side)> Cells(string line)
    {
        if (!line.Contains('\t', StringComparison.Ordinal))
        {
            yield return (line, false);
            yield break;
        }

        var cells = line.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (cells.Count == 0)
        {
            yield break;
        }

        var first = cells[0];
        var index = 1;
        if (cells.Count > 1 && (first.EndsWith(':') || HeaderLabels.Find(first) is not null))
        {
            first = first.TrimEnd(':') + ": " + cells[1];
            index = 2;
        }

        yield return (first, false);
        // "Medlemmer:<tab>Per Hvidberg (V), formand<tab>Lene Skovsgaard (A)<tab>…": the cells after a list label are more of the list.
        var listGoesOn = index == 2 && HeaderLabels.Find(cells[0]) is { } field && IsPeopleList(field);
        foreach (var cell in cells.Skip(index))
        {
            yield return (cell, !listGoesOn);
        }
    }

    private static readonly string[] SectionStops = ["dagsorden", "indholdsfortegnelse", "indhold", "punkter", "dagsordenspunkter", "program", "referat", "beslutningsreferat"];

    private static bool IsSectionStop(string text)
    {
        // Asked of every header line: compared in place rather than as a lower-case copy.
        var t = OrganisationMarker.Strip(text).AsSpan().Trim().TrimEnd(':');
        foreach (var stop in SectionStops)
        {
            if (t.Equals(stop, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeProse(string text)
    {
        if (!text.AsSpan().TrimEnd().EndsWith('.') || text.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        // Asked of every line of a list of people: the words are counted in place.
        var (words, lower) = (0, 0);
        var span = text.AsSpan();
        foreach (var word in span.Split(' '))
        {
            if (span[word] is { IsEmpty: false } w)
            {
                words++;
                lower += char.IsLower(w[0]) ? 1 : 0;
            }
        }

        return words >= 4 && lower * 2 > words;
    }
}
