namespace AgendaFlow.Core.Agendas;

/// <summary>What the header's labelled blocks and free lines say: title, date and times, place, people, addresses, memo or not.</summary>
public static partial class HeaderReader
{
    private static HeaderInfo Interpret(List<Block> blocks, List<(string Text, bool Heading)> free, List<string> sideCells, DocumentKind? kind)
    {
        // "Udvalget for dansk-tysk samarbejde - Referat - 28. januar 2016": the kind inside the first lines.
        var kindInLine = free.Take(8).Select(f => KindWord().Match(f.Text)).Where(m => m.Success).Select(m => KindOfWord(m.Value)).FirstOrDefault(k => k is not null);

        var (title, titleLineDate) = ReadTitle(blocks, free, ref kind);

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

        var location = ReadLocation(blocks, timeBlocks, free);

        var titleAsMinuteTaker = blocks.FirstOrDefault(b => b.Field == HeaderField.Title && b.Label.Equals("referat", StringComparison.OrdinalIgnoreCase) && PeopleParser.IsNameLike(b.Inline));

        var chairs = blocks.Where(b => b.Field == HeaderField.Chairs).SelectMany(b => PeopleParser.ParseNames(b.Values)).Distinct().ToList();
        var minuteTakers = blocks.Where(b => b.Field == HeaderField.MinuteTakers || b == titleAsMinuteTaker).SelectMany(b => PeopleParser.ParseNames(b.Values)).Distinct().ToList();
        var participants = blocks.Where(b => b.Field == HeaderField.Participants).SelectMany(b => PeopleParser.ParsePeople(b.Values)).ToList();
        var guests = blocks.Where(b => b.Field == HeaderField.Guests).SelectMany(b => PeopleParser.ParsePeople(b.Values)).ToList();
        var absent = blocks.Where(b => b.Field == HeaderField.Absent).SelectMany(b => AbsentReader.Read(b.Values))
            .Concat(blocks.Where(b => b.Field == HeaderField.AbsentWithoutNotice).SelectMany(b => AbsentReader.Read(b.Values)).Select(a => a with { SentApologies = false }))
            .ToList();

        var emails = ReadAddresses(blocks, free, sideCells);

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
}
