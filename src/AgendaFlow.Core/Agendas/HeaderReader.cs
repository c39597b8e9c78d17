using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

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

    private const int MaxAddresses = 3 * PeopleParser.MaxPeoplePerList;

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

    private static HeaderInfo Interpret(List<Block> blocks, List<(string Text, bool Heading)> free, List<string> sideCells, DocumentKind? kind)
    {
        // "Udvalget for dansk-tysk samarbejde - Referat - 28. januar 2016": the kind inside the first lines.
        var kindInLine = free.Take(8).Select(f => KindWord().Match(f.Text)).Where(m => m.Success).Select(m => KindOfWord(m.Value)).FirstOrDefault(k => k is not null);

        string? title = null;
        string? titleLineDate = null;
        // An agenda sent as an e-mail names the meeting in its subject: "Emne: Dagsorden til møde i …".
        var subject = blocks.Where(b => b.Label.ToLowerInvariant() is "emne" or "subject").Select(b => b.Inline).FirstOrDefault(v => KindMarker().IsMatch(v));
        kind ??= subject is null ? null : KindOfWord(KindMarker().Match(subject).Groups["word"].Value);
        var titleCandidates = subject is null ? free : [(subject, false), .. free];
        for (var i = 0; i < titleCandidates.Count && title is null; i++)
        {
            var m = KindMarker().Match(OrganisationMarker.Strip(titleCandidates[i].Text));
            if (!m.Success)
            {
                continue;
            }

            var rest = m.Groups["rest"].Value.Trim();
            if (NamesNoMeeting(rest))
            {
                // "Dagsorden til ordinært møde", "Agenda – 11th board meeting", "Dagsorden og beslutninger": the meeting is named elsewhere.
                continue;
            }

            if (rest.Length == 0)
            {
                // "Dagsorden / til / mødet i Udvalg for regional udvikling / den 1. februar 2023": skip the joining words.
                var next = titleCandidates.Skip(i + 1).Select(f => JoiningWords().Replace(f.Text, string.Empty).Trim())
                    .FirstOrDefault(t => t.Length > 0 && !KindMarker().IsMatch(t) && !IsSectionStop(t) && !(DanishDates.FindDate(t) is not null && DanishDates.RemoveDate(t).Length < 3));
                rest = next ?? string.Empty;
            }

            if (rest.Length > 0)
            {
                titleLineDate = rest;
                title = TitleFrom(rest);
            }
        }

        // "Referat: Mette Kvist" names the minute-taker, not the meeting.
        var titleBlock = blocks.FirstOrDefault(b => b.Field == HeaderField.Title && b.Values.Any() && !NamesNoMeeting(b.Values.First()) && !(b.Label.Equals("referat", StringComparison.OrdinalIgnoreCase) && PeopleParser.IsNameLike(b.Inline)));
        if (titleBlock is not null)
        {
            var value = titleBlock.Values.First();
            titleLineDate ??= value;
            title ??= TitleFrom(value);
        }

        title ??= free.Where(f => f.Heading).Select(f => TitleFrom(f.Text)).FirstOrDefault(t => t.Length > 2 && !IsSectionStop(t));
        title ??= free.Select(f => f.Text).Where(t => MeetingWord().IsMatch(t) && t.Length <= 150).Select(TitleFrom).FirstOrDefault(t => t.Length > 2);
        title ??= free.Select(f => TitleFrom(f.Text)).FirstOrDefault(t => t.Length > 2 && !IsSectionStop(t));

        var timeBlocks = blocks.Where(b => b.Field == HeaderField.MeetingTime).ToList();
        var timeText = string.Join(" ", timeBlocks.SelectMany(b => b.Values));
        var anyYear = blocks.SelectMany(b => b.Values).Concat(free.Select(f => f.Text)).Select(DanishDates.FindDate).FirstOrDefault(d => d is not null)?.Year;
        var times = MeetingTimeResolver.Resolve(new MeetingTimeClues(
            timeText,
            string.Join(" ", blocks.Where(b => b.Field == HeaderField.MeetingEnd).SelectMany(b => b.Values)),
            blocks.Where(b => b.Field == HeaderField.DocumentDate).Select(b => string.Join(" ", b.Values)).ToList(),
            titleLineDate,
            free.Select(f => f.Text).ToList(),
            anyYear));
        var (date, meetingDateFound, start, end) = (times.Date, times.DateFound, times.Start, times.End);

        var locationBlock = blocks.FirstOrDefault(b => b.Field == HeaderField.Location);
        string? location = null;
        if (locationBlock is not null)
        {
            location = locationBlock.Inline.Length > 0 ? locationBlock.Inline : string.Join(", ", locationBlock.Lines.Take(3));
            // A contact cell flattened onto the same line: "RH Viborg Mette Kvist / 2459 7534 mekv@skive.dk".
            location = ContactTail().Replace(location, string.Empty);
            location = location.Trim().TrimEnd('.', ',').Trim();
            if (location.Length == 0)
            {
                location = null;
            }
        }
        else if (timeBlocks.FirstOrDefault(b => b.Label.Contains("sted", StringComparison.OrdinalIgnoreCase)) is { } dateAndPlace)
        {
            // "Tid og sted: 12. marts 2024 kl. 14-16, Rådhuset": the place is what is left after date and time.
            var rest = TitleFrom(DanishDates.RemoveDate(dateAndPlace.Values.FirstOrDefault() ?? string.Empty)).Trim(',', ' ');
            location = rest.Length > 0 ? rest : dateAndPlace.Lines.FirstOrDefault();
        }

        if (location is null)
        {
            // "i Herning Kommune, Torvet 5, 7400 Herning" on the line after the date.
            location = free.Select(f => PlaceLine().Match(f.Text)).FirstOrDefault(m => m.Success)?.Groups["place"].Value.Trim().TrimEnd('.');
        }

        var titleAsMinuteTaker = blocks.FirstOrDefault(b => b.Field == HeaderField.Title && b.Label.Equals("referat", StringComparison.OrdinalIgnoreCase) && PeopleParser.IsNameLike(b.Inline));

        var chairs = blocks.Where(b => b.Field == HeaderField.Chairs).SelectMany(b => PeopleParser.ParseNames(b.Values)).Distinct().ToList();
        var minuteTakers = blocks.Where(b => b.Field == HeaderField.MinuteTakers || b == titleAsMinuteTaker).SelectMany(b => PeopleParser.ParseNames(b.Values)).Distinct().ToList();
        var participants = blocks.Where(b => b.Field == HeaderField.Participants).SelectMany(b => PeopleParser.ParsePeople(b.Values)).ToList();
        var guests = blocks.Where(b => b.Field == HeaderField.Guests).SelectMany(b => PeopleParser.ParsePeople(b.Values)).ToList();
        var absent = blocks.Where(b => b.Field == HeaderField.Absent).SelectMany(b => AbsentReader.Read(b.Values))
            .Concat(blocks.Where(b => b.Field == HeaderField.AbsentWithoutNotice).SelectMany(b => AbsentReader.Read(b.Values)).Select(a => a with { SentApologies = false }))
            .ToList();

        var emails = new List<Person>();
        var addressesRead = 0;
        foreach (var text in sideCells.Concat(blocks.SelectMany(b => b.Values)).Concat(free.Select(f => f.Text)))
        {
            var previousEnd = 0;
            foreach (Match m in text.Contains('@', StringComparison.Ordinal) ? PeopleParser.EmailPattern().Matches(text) : Enumerable.Empty<Match>())
            {
                // Addresses far beyond any list of people are not worth the time of a second answer.
                if (++addressesRead > MaxAddresses)
                {
                    break;
                }

                // A name is a few words after the previous address: the text just before this one is enough, and keeps long lines of addresses fast.
                var before = text[Math.Max(previousEnd, m.Index - 150)..m.Index];
                previousEnd = m.Index + m.Length;
                var cut = Math.Max(before.LastIndexOf(',') + 1, 0);
                if (before.Length - cut < 3)
                {
                    continue;
                }

                // "Anne Test (anne@…", "Anne Test <anne@…", "Anne Test – anne@…": the name ends before the bracket or dash.
                var candidate = PhoneOrSlash().Replace(before[cut..], " ").Trim().TrimEnd('(', '<', '[', ':', '–', '—', '-', ' ').Trim();
                var name = LastNameIn(candidate);
                if (name is not null)
                {
                    emails.Add(new Person(name, Email: m.Groups[1].Value));
                }
            }
        }

        var fields = blocks.Where(b => b.Field is not (HeaderField.Other or HeaderField.DocumentDate or HeaderField.Title) && b.Values.Any()).Select(b => b.Field).Distinct().Count();
        // "Til:", "Fra:", "Emne:" without any meeting field is how a memo or letter starts.
        var memoHeader = fields == 0 && blocks.Any(b => b.Label.ToLowerInvariant() is "til" or "fra" or "emne" or "vedr" or "vedr." or "cc");
        var memo = (memoHeader || free.Take(12).Any(f => MemoMarker().IsMatch(OrganisationMarker.Strip(f.Text)))) && kind is null;

        var uncertain = new HashSet<string>(times.Uncertain, StringComparer.Ordinal);
        if (location is null)
        {
            uncertain.Add(ReviewField.Location);
        }

        if (PeopleParser.DroppedLines(blocks.Where(b => b.Field == HeaderField.Participants).SelectMany(b => b.Values)))
        {
            // A line under "Deltagere:" that reads as nobody: a name may have been missed.
            uncertain.Add(ReviewField.Participants);
        }

        var standIns = blocks.Where(b => b.Field == HeaderField.Substitutes).SelectMany(b => AbsentReader.ReadStandIns(b.Values)).ToList();
        return new HeaderInfo(memo ? null : kind ?? kindInLine, title, date, meetingDateFound, start, end, location, chairs, minuteTakers, participants, guests, absent, emails, fields, memo)
        {
            StandIns = standIns,
            Uncertain = uncertain,
        };
    }

    /// <summary>"Ordinært møde", "11th board meeting", "og beslutninger": words that say what kind of meeting, not which.</summary>
    private static bool NamesNoMeeting(string rest) => GenericMeeting().IsMatch(rest.Trim());

    private static string? LastNameIn(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(4, tokens.Length); take >= 2; take--)
        {
            var name = string.Join(' ', tokens[^take..]);
            if (PeopleParser.IsNameLike(name))
            {
                return name;
            }
        }

        return null;
    }

    private static string TitleFrom(string text)
    {
        var t = OrganisationMarker.Strip(text).Trim();

        // A header row flattened into one line: "Klyngestyregruppemøde Dato: 9. september 2019".
        t = EmbeddedLabel().Replace(t, string.Empty);
        t = DanishDates.RemoveDate(t);
        t = Regex.Replace(t, @"\s*[-–,]?\s*\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*$", string.Empty, RegexOptions.None, TimeSpan.FromMilliseconds(500));
        return t.Trim().TrimEnd(',', '-', '–', ':').Trim();
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

    [GeneratedRegex(@"^(?<word>referat|beslutningsreferat|mødereferat|beslutningsprotokol|dagsorden|indkaldelse|mødeindkaldelse|minutes|agenda)\b(?:\s+(?:af|for|fra|til|of|from))?\s*(?:møde(?:t)?\s+i\s+)?[:\-–]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase, 500)]
    private static partial Regex KindMarker();

    [GeneratedRegex(@"\s+(?:[A-ZÆØÅ][\p{L}.-]+\s+){2}/\s*\+?\d[\d ]{5,}.*$|\s*<?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+>?.*$", RegexOptions.None, 500)]
    private static partial Regex ContactTail();

    [GeneratedRegex(@"^(?:(?:og|and|&)\s.*|(?:(?:\d+(?:st|nd|rd|th|\.)?|ordinært|ordinary|ekstraordinært|extraordinary|konstituerende|regular|annual|board|bestyrelses)\s+)*(?:møde|mødet|meeting))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 500)]
    private static partial Regex GenericMeeting();

    [GeneratedRegex(@"\s+(?:Dato|Tid|Tidspunkt|Sted|Mødested|Mødedato|Referent|Sagsnr)\.?\s*:.*$", RegexOptions.None, 500)]
    private static partial Regex EmbeddedLabel();

    [GeneratedRegex(@"\b(?:beslutningsreferat|mødereferat|beslutningsprotokol|referat|dagsorden|mødeindkaldelse)\b", RegexOptions.IgnoreCase, 500)]
    private static partial Regex KindWord();

    [GeneratedRegex(@"^(?:(?:til|for|fra)\s*$|(?:til\s+|for\s+)?(?:mødet|møde)\s+i\s+)", RegexOptions.IgnoreCase, 500)]
    private static partial Regex JoiningWords();

    [GeneratedRegex(@"^(?:i|på)\s+(?<place>[A-ZÆØÅ][^\t]{2,150})$", RegexOptions.None, 500)]
    private static partial Regex PlaceLine();

    [GeneratedRegex(@"møde|udvalg|styregruppe|gruppe|råd\b|rådet|forum|komit|bestyrelse|klynge|netværk|forsamling", RegexOptions.IgnoreCase, 500)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"^(?:notat|memo|rapport|redegørelse|analyse|evaluering|høringssvar|nyhedsbrev|pressemeddelelse|brev|statusrapport|årsrapport)\b", RegexOptions.IgnoreCase, 500)]
    private static partial Regex MemoMarker();

    [GeneratedRegex(@"(?:\s/\s|\+?\d[\d ]{6,}\d|\btlf\.?|\btelefon\b)", RegexOptions.IgnoreCase, 500)]
    private static partial Regex PhoneOrSlash();
}
