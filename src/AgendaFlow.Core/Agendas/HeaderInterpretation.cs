using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>What the header's labelled blocks and free lines say: title, date and times, place, people, addresses, memo or not.</summary>
public static partial class HeaderReader
{
    private const int MaxAddresses = 3 * PeopleParser.MaxPeoplePerList;

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
        if (location is null && times.FoundInProse is { } prose && PlaceAfterTime().Match(prose) is { Success: true } place)
        {
            // "… tirsdag d. 9/3 kl. 9-11 i lokale 2.14.": the place in the sentence that gave the date, a guess worth a look.
            location = place.Groups["place"].Value.Trim();
            uncertain.Add(ReviewField.Location);
        }

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
}
