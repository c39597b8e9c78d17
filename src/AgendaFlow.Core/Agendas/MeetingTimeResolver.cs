namespace AgendaFlow.Core.Agendas;

/// <summary>What the header offers for finding when the meeting is: label values, free lines and the title line.</summary>
/// <param name="TimeText">The values of the meeting-time labels ("Tid:", "Mødedato:", "Starttidspunkt:").</param>
/// <param name="EndText">The values of end labels ("Sluttidspunkt:", "end:").</param>
/// <param name="DocumentDates">The values of document-date labels ("Dato:", "Offentliggjort:"), one per label.</param>
/// <param name="TitleLine">The line that named the meeting, which often carries its date.</param>
/// <param name="FreeLines">Header lines that are no label.</param>
/// <param name="YearOfDocument">The year of any date in the header, for dates written without one.</param>
public sealed record MeetingTimeClues(
    string TimeText,
    string EndText,
    IReadOnlyList<string> DocumentDates,
    string? TitleLine,
    IReadOnlyList<string> FreeLines,
    int? YearOfDocument);

/// <summary>The meeting's date and times, and which of them are guesses a person should check.</summary>
public sealed record MeetingTimes(DateOnly? Date, bool DateFound, TimeOnly? Start, TimeOnly? End, IReadOnlySet<string> Uncertain);

/// <summary>
/// Finds the meeting's date and times by trying, in order, from the surest source to the weakest: a labelled
/// meeting time, the same without a year, a document date next to a time label, the title line, a date in the
/// header's free lines, the title line without a year, and last the document date. A strategy further down the list
/// is a guess, and says so.
/// </summary>
public static class MeetingTimeResolver
{
    private delegate DateOnly? DateStrategy(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times);

    /// <summary>Where the times were found, once a strategy found a date there.</summary>
    private struct TimeSource
    {
        public string? Text;
    }

    private static readonly DateStrategy[] Strategies =
    [
        LabelledDate,
        LabelledDateWithoutYear,
        DocumentDateNextToTimeLabel,
        TitleLineDate,
        FreeLineDate,
        TitleLineDateWithoutYear,
        FreeLineDateWithoutYear,
        DocumentDateAlone,
    ];

    public static MeetingTimes Resolve(MeetingTimeClues clues)
    {
        var uncertain = new HashSet<string>(StringComparer.Ordinal);
        var source = default(TimeSource);
        DateOnly? date = null;
        var dateFound = false;
        for (var i = 0; i < Strategies.Length; i++)
        {
            date = Strategies[i](clues, uncertain, ref source);
            if (date is not null)
            {
                // The document's own date alone (the last strategy) is no sign that the text names a meeting.
                dateFound = i < Strategies.Length - 1;
                break;
            }
        }

        var (start, end) = DanishDates.FindTimes(clues.TimeText);
        if (start is not null && DanishDates.FindDates(clues.TimeText).Distinct().Count() >= 2 && end is null)
        {
            // "Torsdag den 22. april kl. 10.00 til fredag den 23. april kl. 14.00": a meeting over two days ends at the last time.
            end = DanishDates.AllTimes(clues.TimeText).LastOrDefault();
        }

        if (start is null && clues.TitleLine is not null)
        {
            (start, end) = DanishDates.FindTimes(clues.TitleLine);
        }

        if (start is null && source.Text is not null)
        {
            (start, end) = DanishDates.FindTimes(source.Text);
            if (start is not null && source.Text.Length > 80)
            {
                uncertain.Add(ReviewField.Start);
            }
        }

        if (start is null)
        {
            foreach (var text in clues.DocumentDates)
            {
                (start, end) = DanishDates.FindTimes(text);
                if (start is not null)
                {
                    uncertain.Add(ReviewField.Start);
                    break;
                }
            }
        }

        if (clues.EndText.Length > 0 && DanishDates.FindTimes(clues.EndText).Start is { } labelledEnd)
        {
            end = labelledEnd;
        }

        if (start is not null && end is null)
        {
            // A start without an end: the invitation needs one, and nothing in the text gives it.
            uncertain.Add(ReviewField.End);
        }

        if (date is null)
        {
            uncertain.Add(ReviewField.Date);
        }

        return new MeetingTimes(date, dateFound, start, end, uncertain);
    }

    private static DateOnly? LabelledDate(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times) =>
        DanishDates.FindDate(clues.TimeText);

    /// <summary>"Torsdag d. 12. marts kl. 14": the year comes from another date in the document, a guess.</summary>
    private static DateOnly? LabelledDateWithoutYear(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times) =>
        clues.YearOfDocument is { } year && DanishDates.FindDateWithoutYear(clues.TimeText, year) is { } date ? Guess(uncertain, date) : null;

    /// <summary>"Dato: ..." next to a "Tid: 14.00-16.00" without a date is the meeting's date.</summary>
    private static DateOnly? DocumentDateNextToTimeLabel(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times) =>
        clues.TimeText.Length > 0 ? clues.DocumentDates.Select(DanishDates.FindDate).FirstOrDefault(d => d is not null) : null;

    private static DateOnly? TitleLineDate(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times) =>
        clues.TitleLine is null ? null : DanishDates.FindDate(clues.TitleLine);

    /// <summary>
    /// The first date in a free header line that is no deadline ("senest 12. marts"). Two different dates among the
    /// free lines leave the choice in doubt.
    /// </summary>
    private static DateOnly? FreeLineDate(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times)
    {
        DateOnly? found = null;
        foreach (var text in clues.FreeLines)
        {
            foreach (var date in DanishDates.FindMeetingDates(text))
            {
                if (found is null)
                {
                    found = date;
                    times.Text = text;
                }
                else if (date != found)
                {
                    uncertain.Add(ReviewField.Date);
                    return found;
                }
            }
        }

        return found;
    }

    private static DateOnly? TitleLineDateWithoutYear(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times) =>
        clues.YearOfDocument is { } year && clues.TitleLine is not null && DanishDates.FindDateWithoutYear(clues.TitleLine, year) is { } date ? Guess(uncertain, date) : null;

    /// <summary>"Hermed dagsorden til mødet tirsdag d. 9/3 kl. 9-11": a date in prose, its year taken from elsewhere.</summary>
    private static DateOnly? FreeLineDateWithoutYear(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times)
    {
        if (clues.YearOfDocument is not { } year)
        {
            return null;
        }

        foreach (var text in clues.FreeLines)
        {
            if (DanishDates.FindDateWithoutYear(text, year) is { } date)
            {
                times.Text = text;
                return Guess(uncertain, date);
            }
        }

        return null;
    }

    /// <summary>The document's own date is a guess at the meeting's: agendas go out days before.</summary>
    private static DateOnly? DocumentDateAlone(MeetingTimeClues clues, ISet<string> uncertain, ref TimeSource times)
    {
        var date = clues.DocumentDates.Select(DanishDates.FindDate).FirstOrDefault(d => d is not null);
        return date is { } d ? Guess(uncertain, d) : null;
    }

    private static DateOnly Guess(ISet<string> uncertain, DateOnly date)
    {
        uncertain.Add(ReviewField.Date);
        return date;
    }
}
