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

    public const string NoDateReason =
        "Dagsordenen nævner ingen mødedato, så invitationerne kan ikke sendes. Skriv mødets dato og tid i dagsordenen (fx \"Dato: 12. marts 2027 kl. 14-16\") og upload den igen.";

    public const string TooLongReason = "Dokumentet er for langt til at være en dagsorden eller et referat (over 1 million tegn).";

    public static ParseOutcome Parse(IReadOnlyList<SourceLine> rawLines, string? fileName = null)
    {
        if (rawLines.Sum(l => (long)l.Text.Length) > MaxTextCharacters)
        {
            return new ParseOutcome.Rejected(TooLongReason);
        }

        var lines = JoinWrappedHeadings(JoinLoneNumbers(TimeFirstRows(WithoutPageFurniture(WithoutQuotedMessage(CleanLines(rawLines))))));
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
        foreach (var standIn in header.StandIns)
        {
            var existing = absent.FindIndex(a => SameName(a.Name, standIn.Name));
            if (existing < 0)
            {
                absent.Add(standIn);
            }
            else if (absent[existing].Substitute is null)
            {
                absent[existing] = absent[existing] with { Substitute = standIn.Substitute };
            }
        }

        // A stand-in named in the header comes to the meeting in the member's place.
        var headerStandIns = absent.Where(a => a.Substitute is not null).Select(a => a.Substitute!).ToList();
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
        var uncertain = new HashSet<string>(header.Uncertain, StringComparer.Ordinal);
        var headerParticipants = header.Participants;
        if (headerParticipants.Count == 0 && BodyParticipants(lines, headerEnd) is { Count: > 0 } found)
        {
            // "Deltagere: …" after the items, as in an agenda pasted into an e-mail: read, but worth a second look.
            headerParticipants = found;
            uncertain.Add(ReviewField.Participants);
        }

        var participants = headerParticipants.Where(p => p.Role != "gæst" && !absent.Any(a => SameName(a.Name, p.Name))).ToList();
        participants.AddRange(headerStandIns.Where(s => !participants.Any(p => SameName(p.Name, s))).Distinct().Select(s => new Person(s)));
        // A member with an address in the participant list keeps it when the afbud line names him again.
        absent = absent.Select(a => a.Email is null && headerParticipants.FirstOrDefault(p => SameName(p.Name, a.Name)) is { Email: { } known } ? a with { Email = known } : a).ToList();
        var emails = header.Emails;
        participants = participants.Select(p => p.Email is null && emails.FirstOrDefault(e => SameName(e.Name, p.Name)) is { Email: { } email } ? p with { Email = email } : p).ToList();
        absent = absent.Select(p => p.Email is null && emails.FirstOrDefault(e => SameName(e.Name, p.Name)) is { Email: { } email } ? p with { Email = email } : p).ToList();

        if (participants.Count == 0)
        {
            uncertain.Add(ReviewField.Participants);
        }

        if (PeopleReview.AddressesInDoubt(participants, absent))
        {
            uncertain.Add(ReviewField.Emails);
        }

        var chairs = header.Chairs.Count > 0
            ? header.Chairs
            : participants.Where(p => Rosters.CommitteeRoles.IsChair(p.Role)).Select(p => p.Name).ToList();
        var minuteTakers = header.MinuteTakers.Count > 0
            ? header.MinuteTakers
            : participants.Where(p => Rosters.CommitteeRoles.IsMinuteTaker(p.Role)).Select(p => p.Name).ToList();

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
            items)
        {
            Review = ReviewField.All.Where(uncertain.Contains).ToList(),
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

    /// <summary>"Deltagere: Anne Hansen (formand), Bo Jensen og Carl Holm." below the items, with the lines that follow it.</summary>
    private static IReadOnlyList<Person> BodyParticipants(List<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (HeaderLabels.Match(lines[i].Text) is not { Field: HeaderField.Participants } label)
            {
                continue;
            }

            var values = new List<string>();
            if (label.Value.Length > 0)
            {
                values.Add(label.Value);
            }

            for (var k = i + 1; k < lines.Count && !lines[k].IsBlank && HeaderLabels.Match(lines[k].Text) is null && values.Count < 50; k++)
            {
                values.Add(lines[k].Text);
            }

            return PeopleParser.ParsePeople(values.Select(v => v.TrimEnd('.')));
        }

        return [];
    }

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

    [GeneratedRegex(@"^\s*-{2,}\s*(?:oprindelig meddelelse|original message|videresendt meddelelse|forwarded message)\s*-{2,}\s*$", RegexOptions.IgnoreCase, 500)]
    private static partial Regex QuotedMessage();

    [GeneratedRegex(@"^(?:.{0,120}\s)?(?:side|page)\s+\d{1,3}(?:\s*(?:af|of|/)\s*\d{1,3})?$", RegexOptions.IgnoreCase, 500)]
    private static partial Regex PageHead();

    [GeneratedRegex(@"^(?:kl\.?\s*)?(?<time>\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?)\s*\t\s*(?<item>\d{1,2}(?:\.\d{1,2})?[.)]\s+\p{Lu}.*)$", RegexOptions.None, 500)]
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
