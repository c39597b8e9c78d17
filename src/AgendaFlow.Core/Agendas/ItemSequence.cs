namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Picks the real items among numbered lines: numbers must follow on (1, 2, 2.1, 2.2, 3 ...),
/// so numbered lists inside an item are not items; a list of items that starts over at 1 after
/// items without content is a table of contents, and the body's items replace it.
/// </summary>
public static partial class ItemSequence
{
    /// <summary>
    /// Numbered lines that list people rather than items: "1. Anne Jensen &lt;anne@…&gt;" anywhere, and
    /// "1. Anne Jensen, Vejle Kommune" right under a "Deltagere:", "Afbud:" or "Gæster:" label.
    /// </summary>
    public static HashSet<int> PeopleEntries(IReadOnlyList<SourceLine> lines) => PeopleEntries(lines, Candidates(lines));

    /// <summary>
    /// Each line read as a possible item heading (null where it is none). Reading a numbered line is the costly part of
    /// <see cref="PeopleEntries(IReadOnlyList{SourceLine})"/>, <see cref="Select(IReadOnlyList{SourceLine})"/> and the header,
    /// so the parser reads each line once and hands the result to all three.
    /// </summary>
    public static ItemHeading?[] Candidates(IReadOnlyList<SourceLine> lines)
    {
        var candidates = new ItemHeading?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            candidates[i] = lines[i].IsBlank ? null : ItemHeading.TryRead(i, lines[i]);
        }

        return candidates;
    }

    /// <param name="lines">The lines.</param>
    /// <param name="candidates">The lines' <see cref="Candidates"/>.</param>
    public static HashSet<int> PeopleEntries(IReadOnlyList<SourceLine> lines, IReadOnlyList<ItemHeading?> candidates)
    {
        var entries = new HashSet<int>();
        var inList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (candidates[i] is not { } h)
            {
                inList = HeaderLabels.FieldOf(lines[i].Text, out var hasValue) is HeaderField.Participants or HeaderField.Guests or HeaderField.Absent or HeaderField.AbsentWithoutNotice && !hasValue;
                continue;
            }

            var person = (inList || h.Title.Contains('@', StringComparison.Ordinal)) && !h.IsSubItem ? PeopleParser.ParsePerson(h.Title) : null;
            if (person is { Email: null } && !StartsWithName(h.Title, person))
            {
                // "1. Status Projekt Sundhed" right under an empty "Deltagere:" is an item, not "Status Projekt".
                person = null;
            }

            inList = person is not null && (inList || person.Email is not null);
            if (inList)
            {
                entries.Add(i);
            }
        }

        return entries;
    }

    /// <summary>"Bo Test, Vejle Kommune", "Direktør Carl Test (formand)": the first part of the line is the whole name.</summary>
    private static bool StartsWithName(string title, Person person)
    {
        var first = title.Split([',', '(', '<', ';'])[0].Split([" – ", " - "], StringSplitOptions.None)[0].Trim();
        return first == person.Name || first == $"{person.Title} {person.Name}";
    }

    public static IReadOnlyList<ItemHeading> Select(IReadOnlyList<SourceLine> lines)
    {
        var headings = Candidates(lines);
        return Select(lines, headings, PeopleEntries(lines, headings));
    }

    /// <param name="lines">The lines.</param>
    /// <param name="headings">The lines' <see cref="Candidates"/>.</param>
    /// <param name="people">The lines' <see cref="PeopleEntries(IReadOnlyList{SourceLine}, IReadOnlyList{ItemHeading})"/>.</param>
    public static IReadOnlyList<ItemHeading> Select(IReadOnlyList<SourceLine> lines, IReadOnlyList<ItemHeading?> headings, HashSet<int> people)
    {
        var candidates = new List<ItemHeading>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!people.Contains(i) && headings[i] is { } h)
            {
                candidates.Add(h);
            }
        }

        // Authors who mark items as headings (Word styles, Markdown #, bold) do so for all of them.
        var headingLike = candidates.Where(c => c.IsHeadingLike).ToList();
        if (headingLike.Count >= 2 && headingLike.Select(h => h.Number).Distinct().Count() >= 2)
        {
            var plainFirst = candidates.TakeWhile(c => !c.IsHeadingLike).ToList();

            // A plain line may still fill a gap between headed items ("3." between "### 2." and "### 4.").
            var gapFillers = candidates.Where(c => !c.IsHeadingLike && !plainFirst.Contains(c) && FillsGap(c, headingLike)).ToList();
            candidates = plainFirst.Concat(headingLike).Concat(gapFillers).OrderBy(c => c.LineIndex).ToList();
        }

        var items = new List<ItemHeading>();
        List<ItemHeading>? contents = null;
        var (listNext, listLine) = (0, -10);
        foreach (var candidate in candidates)
        {
            // Once a numbered list has started inside an item ("1." that is not the next item),
            // its following lines "2.", "3." stay list entries even when they could pass as items.
            if (listNext > 0 && candidate.Number == listNext.ToString(System.Globalization.CultureInfo.InvariantCulture) && candidate.LineIndex - listLine <= 2)
            {
                (listNext, listLine) = (listNext + 1, candidate.LineIndex);
                continue;
            }

            if (items.Count == 0)
            {
                if ((candidate.TopLevel <= 2 || candidate.NamedAsItem) && !candidate.IsSubItem || candidate.Number is "0")
                {
                    items.Add(candidate);
                }

                continue;
            }

            var last = items[^1];
            if (Follows(last, candidate))
            {
                items.Add(candidate);
            }
            else if (candidate.Number == items[0].Number && contents is null && (items.Any(i => i.HasPageNumber) || SameTitle(candidate.Title, items[0].Title)) && LooksLikeContents(items, lines))
            {
                contents = items.ToList();
                items.Clear();
                items.Add(candidate);
            }
            else if (candidate.Number == "1")
            {
                (listNext, listLine) = (2, candidate.LineIndex);
            }
        }

        if (items.Count == 0)
        {
            return UnnumberedHeadings(lines);
        }

        if (contents is not null)
        {
            // Items listed in the contents but without a body of their own ("3. Eventuelt") still count.
            var missing = contents.Where(c => items.All(i => i.Number != c.Number)).Select(c => c with { FromContents = true });
            items = items.Concat(missing).OrderBy(i => SortKey(i.Number), StringComparer.Ordinal).ToList();
        }

        return items;
    }

    /// <summary>
    /// Some Word agendas have items only as headings, without numbers in text or numbering.
    /// They are numbered in order; whether the document is an agenda at all is decided later.
    /// </summary>
    private static IReadOnlyList<ItemHeading> UnnumberedHeadings(IReadOnlyList<SourceLine> lines)
    {
        var headings = lines.Select((line, index) => (line, index))
            .Where(x => x.line.HeadingLevel > 0 && !x.line.IsBlank && x.line.Text.Length <= 200
                && HeaderLabels.Match(x.line.Text) is null
                && !NotItemHeading().IsMatch(x.line.Text))
            .ToList();
        var level = headings.GroupBy(h => h.line.HeadingLevel).Where(g => g.Count() >= 2).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        if (level is null)
        {
            return [];
        }

        var items = new List<ItemHeading>();
        foreach (var (line, index) in level)
        {
            var text = $"{items.Count + 1}. {char.ToUpperInvariant(line.Text[0])}{line.Text[1..]}";
            if (ItemHeading.TryRead(index, line with { Text = text }) is { } item)
            {
                items.Add(item with { Inferred = true });
            }
        }

        return items;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:dagsorden|referat|indholdsfortegnelse|indhold|deltagere|afbud|bilag|indstilling|beslutning|sagsfremstilling|resume|resumé|frokost|pause|kaffepause)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex NotItemHeading();

    private static bool SameTitle(string a, string b)
    {
        static string Key(string s) => new string(s.Where(char.IsLetterOrDigit).Take(20).ToArray()).ToLowerInvariant();
        var (ka, kb) = (Key(a), Key(b));
        return ka.Length > 0 && (ka.StartsWith(kb, StringComparison.Ordinal) || kb.StartsWith(ka, StringComparison.Ordinal));
    }

    private static string SortKey(string number) =>
        string.Join('.', number.Split('.').Select(p => p.PadLeft(3, '0')));

    private static bool FillsGap(ItemHeading plain, List<ItemHeading> headed)
    {
        var before = headed.LastOrDefault(h => h.LineIndex < plain.LineIndex);
        var after = headed.FirstOrDefault(h => h.LineIndex > plain.LineIndex);
        return before is not null && after is not null && !plain.IsSubItem && !before.IsSubItem && !after.IsSubItem
            && plain.TopLevel == before.TopLevel + 1 && after.TopLevel == plain.TopLevel + 1;
    }

    private static bool Follows(ItemHeading last, ItemHeading next)
    {
        var a = last.Number.Split('.');
        var b = next.Number.Split('.');
        var lastTop = int.Parse(a[0], System.Globalization.CultureInfo.InvariantCulture);
        if (b.Length == 1)
        {
            return int.Parse(b[0], System.Globalization.CultureInfo.InvariantCulture) == lastTop + 1;
        }

        if (b.Length == 2 && b[0] == a[0])
        {
            var sub = int.Parse(b[1], System.Globalization.CultureInfo.InvariantCulture);
            return a.Length == 1 ? sub == 1 : a.Length == 2 && sub == int.Parse(a[1], System.Globalization.CultureInfo.InvariantCulture) + 1;
        }

        if (b.Length == 3 && a.Length >= 2 && b[0] == a[0] && b[1] == a[1])
        {
            var sub = int.Parse(b[2], System.Globalization.CultureInfo.InvariantCulture);
            return a.Length == 2 ? sub == 1 : sub == int.Parse(a[2], System.Globalization.CultureInfo.InvariantCulture) + 1;
        }

        return false;
    }

    private static bool LooksLikeContents(List<ItemHeading> items, IReadOnlyList<SourceLine> lines)
    {
        if (items.Any(i => i.HasPageNumber))
        {
            return true;
        }

        for (var i = 0; i + 1 < items.Count; i++)
        {
            var between = 0;
            for (var l = items[i].LineIndex + 1; l < items[i + 1].LineIndex; l++)
            {
                if (!lines[l].IsBlank)
                {
                    between++;
                }
            }

            if (between > 0)
            {
                return false;
            }
        }

        return true;
    }
}
