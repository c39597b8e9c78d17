using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>Reads one item's lines into sections, attachments, case number, decision and status.</summary>
public static partial class ItemBodyReader
{
    private static readonly string[] KnownSections =
    [
        "resume", "resumé", "indstilling", "indstillinger", "sagsfremstilling", "sagsbeskrivelse", "bilag", "beslutning", "beslutninger", "referat", "baggrund", "økonomi",
        "tidsplan", "kommunikation", "konklusion", "drøftelse", "opfølgning", "formål", "sagens indhold", "sagen", "proces", "videre proces", "den videre proces",
        "forslag", "indhold", "orientering", "bemærkninger", "handling", "beslutningspunkt", "behandling", "vurdering", "supplerende oplysninger", "høring", "lovgrundlag",
        "retligt grundlag", "administrationens bemærkninger", "forventet resultat", "aftaler", "beslutning/referat", "referat/beslutning", "materiale",
    ];

    private static readonly string[] DecisionSections = ["beslutning", "referat", "konklusion", "besluttede", "beslutninger", "aftaler", "beslutning/referat", "referat/beslutning"];

    // Every line of an item is asked whether it heads a section; the lookup takes the trimmed text as it stands, without a lower-case copy.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownSection =
        new HashSet<string>(KnownSections, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static AgendaItem Read(ItemHeading heading, IReadOnlyList<SourceLine> body)
    {
        var sections = new List<ItemSection>();
        var attachments = new List<string>();
        string? caseNumber = heading.CaseNumber;
        var currentHeading = string.Empty;
        var currentText = new List<string>();

        void Flush()
        {
            // Lines are trimmed and the first is never blank, so only trailing blank lines are left to drop.
            while (currentText.Count > 0 && currentText[^1].Length == 0)
            {
                currentText.RemoveAt(currentText.Count - 1);
            }

            var text = string.Join("\n", currentText);
            if (currentHeading.Length > 0 || text.Length > 0)
            {
                sections.Add(new ItemSection(currentHeading.Length > 0 ? currentHeading : "Tekst", text));
            }

            currentText.Clear();
        }

        var presenters = heading.Presenters.ToList();
        var (start, end) = (heading.Start, heading.End);
        var leadingLines = 0;
        foreach (var line in body)
        {
            var text = OrganisationMarker.Strip(line.Text).Trim();
            if (text.Length > 0 && leadingLines++ < 2)
            {
                // Some authors put "v/Presenter" or the time on the line under the item title.
                if (presenters.Count == 0 && PresenterLine().Match(text) is { Success: true } by)
                {
                    presenters.AddRange(ItemHeading.SplitPresenters(TimeNote().Replace(by.Groups["who"].Value, string.Empty)));
                    if (start is null)
                    {
                        (start, end) = DanishDates.FindTimes(text);
                    }

                    continue;
                }

                if (start is null && TimeLine().IsMatch(text))
                {
                    (start, end) = DanishDates.FindTimes(text);
                    continue;
                }
            }

            if (text.Length == 0)
            {
                if (currentText.Count > 0)
                {
                    currentText.Add(string.Empty);
                }

                continue;
            }

            if (Break().IsMatch(text))
            {
                continue;
            }

            var caseMatch = CaseNumberLine().Match(text);
            if (caseMatch.Success)
            {
                caseNumber ??= caseMatch.Groups["value"].Value.Trim().TrimEnd('.');
                continue;
            }

            var section = SectionHeading(text, line.IsHeadingLike);
            if (section is not null)
            {
                Flush();
                currentHeading = section.Value.Heading;
                if (section.Value.Inline.Length > 0)
                {
                    currentText.Add(section.Value.Inline);
                }

                continue;
            }

            currentText.Add(text);
        }

        Flush();

        foreach (var s in sections.Where(s => s.Heading.StartsWith("bilag", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var l in s.Text.Split('\n'))
            {
                var a = BulletPrefix().Replace(l, string.Empty).Trim();
                if (a.Length > 0 && a != "-" && !a.Equals("Ingen", StringComparison.OrdinalIgnoreCase) && !a.StartsWith("ingen ", StringComparison.OrdinalIgnoreCase))
                {
                    attachments.Add(a);
                }
            }
        }

        var decisionParts = sections.Where(s => IsDecision(s.Heading)).Select(s => s.Text).Where(t => t.Length > 0).ToList();
        var decision = decisionParts.Count > 0 ? string.Join("\n\n", decisionParts) : null;
        // Without a decision only "udsat" or "udgik" give a status; the item's text is joined only when one of them is there.
        var status = decision is not null ? StatusOf(decision, hasDecision: true)
            : sections.Any(s => MayBePostponedOrWithdrawn(s.Text)) ? StatusOf(string.Join("\n", sections.Select(s => s.Text)), hasDecision: false)
            : null;
        var notPresent = new List<string>();
        foreach (var line in body)
        {
            // The pattern needs one of its verbs; most lines have none and skip the search.
            var m = line.Text.AsSpan().ContainsAny(NotPresentWords) ? NotPresent().Match(line.Text) : System.Text.RegularExpressions.Match.Empty;
            if (m.Success)
            {
                notPresent.AddRange(AttendanceSentences.Names(line.Text[..m.Index]).Where(n => !notPresent.Contains(n)));
            }
        }

        return new AgendaItem(heading.Number, heading.Title, start, end, presenters, caseNumber, sections, attachments, decision, status, notPresent);
    }

    /// <summary>The case number on a line such as "Sagnr.: 1-00-16-19", if it is one.</summary>
    public static string? CaseNumberOn(string text) =>
        CaseNumberLine().Match(OrganisationMarker.Strip(text).Trim()) is { Success: true } m ? m.Groups["value"].Value.Trim().TrimEnd('.') : null;

    public static bool HasMinutesSections(AgendaItem item) => item.Sections.Any(s => IsDecision(s.Heading));

    private static bool IsDecision(string heading)
    {
        var h = heading.AsSpan().TrimEnd(':');
        foreach (var d in DecisionSections)
        {
            // "Beslutning", "Udvalgets beslutning", "Beslutning og opfølgning"
            if (h.StartsWith(d, StringComparison.OrdinalIgnoreCase) || (h.Length > d.Length && h[^(d.Length + 1)] == ' ' && h.EndsWith(d, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static (string Heading, string Inline)? SectionHeading(string text, bool headingLike)
    {
        if (text.Contains(':', StringComparison.Ordinal) && SectionWithInline().IsMatch(text))
        {
            // The label holds no colon, so it is the text before the first one; "." stops at a line break, so the inline
            // text is all after it. Read in place: most such lines ("At udvalget:") are no section.
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var label = text.AsSpan(0, colon).Trim();
            if (KnownSection.Contains(label) || label.EndsWith(" besluttede", StringComparison.OrdinalIgnoreCase) || label.EndsWith(" beslutter", StringComparison.OrdinalIgnoreCase))
            {
                return (label.ToString(), text.AsSpan(colon + 1).Trim().ToString());
            }
        }

        var bare = text.AsSpan().TrimEnd(": ").Trim();
        if (KnownSection.Contains(bare) || bare.EndsWith(" besluttede", StringComparison.OrdinalIgnoreCase))
        {
            return (bare.ToString(), string.Empty);
        }

        if (headingLike && bare.Length <= 80 && !bare.EndsWith('.') && !BulletPrefix().IsMatch(text))
        {
            return (bare.ToString(), string.Empty);
        }

        return null;
    }

    private static string? StatusOf(string text, bool hasDecision)
    {
        if (!MayBePostponedOrWithdrawn(text))
        {
            // Without these words neither pattern below can match, and the lower-case copy of the whole item is not needed.
            return !hasDecision ? null
                : text.Contains("godkend", StringComparison.OrdinalIgnoreCase) ? "godkendt"
                : text.Contains("til efterretning", StringComparison.OrdinalIgnoreCase) ? "taget til efterretning"
                : "behandlet";
        }

        var t = text.ToLowerInvariant();
        if (Postponed().IsMatch(t))
        {
            return "udsat";
        }

        if (Withdrawn().IsMatch(t))
        {
            return "udgået";
        }

        if (!hasDecision)
        {
            return null;
        }

        if (t.Contains("godkend", StringComparison.Ordinal))
        {
            return "godkendt";
        }

        if (t.Contains("til efterretning", StringComparison.Ordinal))
        {
            return "taget til efterretning";
        }

        return "behandlet";
    }

    private static readonly System.Buffers.SearchValues<string> NotPresentWords =
        System.Buffers.SearchValues.Create(["forhindret", "deltog", "inhabil"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> PostponedOrWithdrawnWords =
        System.Buffers.SearchValues.Create(["udsat", "udgik", "taget af dagsordenen", "trukket tilbage"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <see cref="Postponed"/> or <see cref="Withdrawn"/> could match: each needs one of these words.</summary>
    private static bool MayBePostponedOrWithdrawn(string text) => text.AsSpan().ContainsAny(PostponedOrWithdrawnWords);

    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L} /]{1,40}?)\s*:\s*(?<inline>.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SectionWithInline();

    [GeneratedRegex(@"^[*_]*\(?\s*(?:v/|oplæg ved:?|ved:)\s*(?<who>[^)*_]+)\)?[*_]*\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PresenterLine();

    [GeneratedRegex(@"\(?\s*kl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*\)?", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TimeNote();

    [GeneratedRegex(@"^(?:tid(?:spunkt)?:?\s*)?\(?\s*kl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*\)?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"^(?:sag(?:s)?\s?nr|sags\s?nummer|j\.?\s?nr|journalnr)\.?\s*:?\s*(?<value>[\w][\w\-/.]*(?:\s?[-/]\s?\d[\w.]*)*)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CaseNumberLine();

    [GeneratedRegex(@"^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex BulletPrefix();

    [GeneratedRegex(@"(?:punktet|sagen|behandlingen)\s+(?:blev|bliver|er)\s+udsat|^\s*udsat\b", RegexOptions.Multiline, RegexBudget.Milliseconds)]
    private static partial Regex Postponed();

    [GeneratedRegex(@"^(?:frokost(?:pause)?|pause|kaffepause|kaffe|frokost og pause)\b.{0,40}$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    public static partial Regex Break();

    [GeneratedRegex(@"\s+(?:var|er)\s+forhindret\s+i\s+at\s+deltage|\s+deltog\s+ikke\s+i\s+(?:sagens\s+)?behandling|\s+var\s+inhabil", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NotPresent();

    [GeneratedRegex(@"taget af dagsordenen|\budgik\b|trukket tilbage", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Withdrawn();
}
