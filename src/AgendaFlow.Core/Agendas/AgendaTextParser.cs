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

    /// <summary>No real header or heading line is this long; longer lines are cut into pieces.</summary>
    private const int MaxLineCharacters = 5_000;

    public const string TooLongReason = "Dokumentet er for langt til at være en dagsorden eller et referat (over 1 million tegn).";

    public static ParseOutcome Parse(IReadOnlyList<SourceLine> rawLines, string? fileName = null)
    {
        if (rawLines.Sum(l => (long)l.Text.Length) > MaxTextCharacters)
        {
            return new ParseOutcome.Rejected(TooLongReason);
        }

        var lines = JoinWrappedHeadings(JoinLoneNumbers(CleanLines(rawLines)));
        if (lines.All(l => l.IsBlank))
        {
            return new ParseOutcome.Rejected("Filen indeholder ingen tekst.");
        }

        var candidates = ItemSequence.Candidates(lines);
        var peopleEntries = ItemSequence.PeopleEntries(lines, candidates);
        var headings = ItemSequence.Select(lines, candidates, peopleEntries);
        // Region agendas print "Sagnr.: 1-51-71-3321-08" just above the item it belongs to.
        var caseNumbersAbove = new Dictionary<int, string>();
        for (var i = 0; i < headings.Count; i++)
        {
            for (var l = headings[i].LineIndex - 1; !headings[i].FromContents && l >= 0 && l >= headings[i].LineIndex - 4; l--)
            {
                if (lines[l].IsBlank)
                {
                    continue;
                }

                if (ItemBodyReader.CaseNumberOn(lines[l].Text) is { } caseNumber)
                {
                    caseNumbersAbove[i] = caseNumber;
                    lines[l] = SourceLine.Blank;
                    candidates[l] = null;
                }

                break;
            }
        }

        // The header is everything before the first item in the body, less a table of contents.
        var headerEnd = headings.Where(h => !h.FromContents).Select(h => h.LineIndex).DefaultIfEmpty(Math.Min(lines.Count, 60)).First();
        if (caseNumbersAbove.Count > 0)
        {
            // A blanked case-number line no longer ends a list of people above it.
            peopleEntries = ItemSequence.PeopleEntries(lines, candidates);
        }

        var header = HeaderReader.Read(lines.Take(headerEnd).Select((l, i) => peopleEntries.Contains(i) || candidates[i] is null ? l : SourceLine.Blank).ToList());

        var items = new List<AgendaItem>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i].FromContents)
            {
                items.Add(ItemBodyReader.Read(headings[i], []));
                continue;
            }

            var from = headings[i].LineIndex + 1;
            var to = headings.Skip(i + 1).Where(h => !h.FromContents && h.LineIndex >= from).Select(h => h.LineIndex).DefaultIfEmpty(lines.Count).First();
            var item = ItemBodyReader.Read(headings[i], lines.GetRange(from, to - from));
            items.Add(item.CaseNumber is null && caseNumbersAbove.TryGetValue(i, out var above) ? item with { CaseNumber = above } : item);
        }

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

        var absent = new List<AbsentPerson>(header.Absent);
        absent.AddRange(header.Participants.Where(p => p.Role == PeopleParser.AbsentRole).Select(p => new AbsentPerson(p.Name, p.Title, p.Organisation, p.Email)));
        // Minutes also note "Afbud: X og Y" under the first item rather than in the header.
        var absentInBody = lines.Skip(headerEnd)
            .Where(l => HeaderLabels.FieldOf(l.Text, out var hasValue) is HeaderField.Absent or HeaderField.AbsentWithoutNotice && hasValue)
            .Select(l => HeaderLabels.Match(l.Text))
            .Where(m => m is { Field: HeaderField.Absent or HeaderField.AbsentWithoutNotice, Value.Length: > 0 })
            .SelectMany(m => AbsentReader.Read([m!.Value.Value]).Select(a => m.Value.Field == HeaderField.AbsentWithoutNotice ? a with { SentApologies = false } : a));
        foreach (var sentence in AttendanceSentences.Find(lines.Select(l => l.Text)).Concat(absentInBody))
        {
            var existing = absent.FindIndex(a => SameName(a.Name, sentence.Name));
            if (existing < 0)
            {
                absent.Add(sentence);
            }
            else if (sentence.Substitute is not null && absent[existing].Substitute is null)
            {
                absent[existing] = absent[existing] with { Substitute = sentence.Substitute };
            }
        }

        // "(gæst)" in the participant list: a guest, not a member.
        var guests = header.Guests.Concat(header.Participants.Where(p => p.Role == "gæst").Select(p => p with { Role = null })).ToList();
        var participants = header.Participants.Where(p => p.Role != "gæst" && !absent.Any(a => SameName(a.Name, p.Name))).ToList();
        var emails = header.Emails;
        participants = participants.Select(p => p.Email is null && emails.FirstOrDefault(e => SameName(e.Name, p.Name)) is { Email: { } email } ? p with { Email = email } : p).ToList();
        absent = absent.Select(p => p.Email is null && emails.FirstOrDefault(e => SameName(e.Name, p.Name)) is { Email: { } email } ? p with { Email = email } : p).ToList();

        var chairs = header.Chairs.Count > 0
            ? header.Chairs
            : participants.Where(p => p.Role is "formand" or "mødeleder" or "forperson" or "forkvinde").Select(p => p.Name).ToList();
        var minuteTakers = header.MinuteTakers.Count > 0
            ? header.MinuteTakers
            : participants.Where(p => p.Role is "referent").Select(p => p.Name).ToList();

        var start = header.Start ?? items.FirstOrDefault()?.Start;
        var end = header.End ?? (header.Start is null ? items.LastOrDefault(i => i.End is not null)?.End : null);

        return new ParseOutcome.Parsed(new AgendaDocument(
            kind,
            header.Title ?? items[0].Title,
            date,
            start,
            end,
            header.Location,
            chairs,
            minuteTakers,
            participants,
            guests,
            absent,
            items));
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

    [GeneratedRegex(@"^(?:(?:punkt|pkt\.?)\s*\d{1,2}(?:\.\d{1,2})?\.?|\d{1,2}(?:\.\d{1,2})?\.)$", RegexOptions.IgnoreCase, 500)]
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

    [GeneratedRegex(@"[ \f\v]{2,}", RegexOptions.None, 500)]
    private static partial Regex InnerSpaces();

    [GeneratedRegex(@"^(?:godkendelse af (?:dagsorden|referat)|eventuelt|evt\.?|meddelelser|orientering|velkomst|næste møde|indledning og godkendelse)", RegexOptions.IgnoreCase, 500)]
    private static partial Regex AgendaLikeTitle();
}
