using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>Interprets the lines every reader produces as an agenda or minutes.</summary>
public static partial class AgendaTextParser
{
    public const string NotAnAgendaReason =
        "Filen ligner ikke en dagsorden eller et referat: der er ingen nummererede punkter og ingen mødeoplysninger (tid, sted, deltagere). Upload mødets dagsorden eller referat.";

    public const string MemoReason =
        "Filen ligner et notat eller en rapport, ikke en dagsorden eller et referat. Upload mødets dagsorden eller referat.";

    /// <summary>
    /// 1 million characters is some 400 pages; longer text is not an agenda, and parsing it
    /// would break the promise of an answer within a second.
    /// </summary>
    public const int MaxTextCharacters = 1_000_000;

    public const string NoDateReason =
        "Dagsordenen nævner ingen mødedato, så invitationerne kan ikke sendes. Skriv mødets dato og tid i dagsordenen (fx \"Dato: 12. marts 2027 kl. 14-16\") og upload den igen.";

    public const string TooLongReason = "Dokumentet er for langt til at være en dagsorden eller et referat (over 1 million tegn).";

    public static ParseOutcome Parse(IReadOnlyList<SourceLine> rawLines, string? fileName = null)
    {
        if (rawLines.Sum(l => (long)l.Text.Length) > MaxTextCharacters)
        {
            return new ParseOutcome.Rejected(TooLongReason);
        }

        var lines = LinePreparation.Prepare(rawLines);
        if (lines.All(l => l.IsBlank))
        {
            return new ParseOutcome.Rejected("Filen indeholder ingen tekst.");
        }

        var (header, headerEnd, items, breaks, itemsInDoubt) = HeaderAndItems.Split(lines);
        var evidence = Evidence(header, items);
        if (items.Count == 0 || evidence < 3)
        {
            return new ParseOutcome.Rejected(header.LooksLikeMemo ? MemoReason : NotAnAgendaReason);
        }

        var kind = header.Kind
            ?? (items.Any(ItemBodyReader.HasMinutesSections) ? DocumentKind.Minutes : (DocumentKind?)null)
            ?? (fileName?.Contains("referat", StringComparison.OrdinalIgnoreCase) == true ? DocumentKind.Minutes : DocumentKind.Agenda);

        // Secretariats name files after the meeting ("styregruppe-2023-12-07.docx"); used only when the text has no date.
        var date = header.Date ?? (fileName is null ? null : DanishDates.FindDate(fileName));

        var uncertain = new HashSet<string>(header.Uncertain, StringComparer.Ordinal);
        var people = MeetingPeople.Gather(header, lines, headerEnd, uncertain);

        var start = header.Start ?? items.FirstOrDefault()?.Start;
        var end = header.End ?? (header.Start is null ? items.LastOrDefault(i => i.End is not null)?.End : null);
        if (header.Start is null && start is not null)
        {
            // The times of the first and last item stand in for the meeting's.
            uncertain.Add(ReviewField.Start);
            uncertain.Add(ReviewField.End);
        }

        if (date is null && kind == DocumentKind.Agenda)
        {
            // An invitation without a date cannot go out: nobody would know when to come.
            return new ParseOutcome.Rejected(NoDateReason);
        }

        if (header.Date is null && date is not null)
        {
            uncertain.Add(ReviewField.Date);
        }

        if (header.Kind is null && !items.Any(ItemBodyReader.HasMinutesSections))
        {
            // Neither a "Dagsorden"/"Referat" heading nor decisions under the items: the kind is a guess.
            uncertain.Add(ReviewField.Kind);
        }

        if (header.Title is null)
        {
            uncertain.Add(ReviewField.Title);
        }

        if (itemsInDoubt)
        {
            uncertain.Add(ReviewField.Items);
        }

        return new ParseOutcome.Parsed(new AgendaDocument(
            kind,
            header.Title ?? items[0].Title,
            date,
            start,
            end,
            header.Location,
            people.Chairs,
            people.MinuteTakers,
            people.Participants,
            people.Guests,
            people.Absent,
            items)
        {
            Review = ReviewField.All.Where(uncertain.Contains).ToList(),
            Breaks = breaks,
        });
    }

    public static bool SameName(string a, string b) =>
        Normalise(a).Equals(Normalise(b), StringComparison.OrdinalIgnoreCase);

    // Names are compared pairwise (every participant against every absentee and address), so without copies where they can be avoided.
    private static ReadOnlySpan<char> Normalise(string name) => PeopleParser.CollapseWhitespace(name).AsSpan().Trim().Trim('.');

    private static int Evidence(HeaderInfo header, List<AgendaItem> items)
    {
        var score = header.Kind is not null ? 2 : 0;
        score += header.FieldsFound;
        score += header.MeetingDateFound ? 1 : 0;
        score += items.Count >= 2 ? 1 : 0;
        score += items.Any(i => AgendaLikeTitle().IsMatch(i.Title)) ? 1 : 0;
        score += items.Any(i => i.Sections.Any(s => s.Heading.StartsWith("Indstilling", StringComparison.OrdinalIgnoreCase) || s.Heading.StartsWith("Beslutning", StringComparison.OrdinalIgnoreCase) || s.Heading.StartsWith("Referat", StringComparison.OrdinalIgnoreCase))) ? 1 : 0;
        score += items.Any(i => i.Presenters.Count > 0 || i.Start is not null) ? 1 : 0;
        score -= header.LooksLikeMemo ? 3 : 0;
        return score;
    }

    [GeneratedRegex(@"^(?:godkendelse af (?:dagsorden|referat)|eventuelt|evt\.?|meddelelser|orientering|velkomst|næste møde|indledning og godkendelse)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AgendaLikeTitle();
}
