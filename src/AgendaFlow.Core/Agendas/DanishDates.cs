using System.Globalization;
using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>Finds dates and times the way Danish secretariats write them.</summary>
public static partial class DanishDates
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1, ["jan"] = 1, ["februar"] = 2, ["feb"] = 2, ["marts"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["maj"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["october"] = 10, ["oct"] = 10,
    };

    // Month names are looked up straight from the matched text, without a string per match.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthsBySpan = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    // "30. august 2019", "d. 7. dec. 2023", "7 december 2023"
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\.?\s*(?<m>[A-Za-zæøåÆØÅ]{3,9})\.?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WrittenDate();

    // "13-12-2023", "13.12.2023", "13/12/2023" (two-digit years are too easily times: "10.10-10.30")
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[-./](?<m>\d{1,2})(?:[-./]|,?\s+)(?<y>\d{4})(?![\d:])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NumericDate();

    // "2023-12-07"
    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex IsoDate();

    // "kl. 10.30-14.00", "13.00–15.30", "9.30 - 11.30", "kl. 9 til 12", "kl. 09:00"
    [GeneratedRegex(@"(?<kl>kl\.?\s*)?(?<!\d[.:/-]?)(?<h1>[01]?\d|2[0-3])(?:[.:](?<m1>[0-5]\d))?(?:\s*(?:-|–|—|til)\s*(?:ca\.?\s*)?(?:kl\.?\s*)?(?<h2>[01]?\d|2[0-3])(?:[.:](?<m2>[0-5]\d))?)?(?![\d.:]?\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TimeRange();

    /// <summary>The first date in the text, in any of the usual forms.</summary>
    public static DateOnly? FindDate(string text)
    {
        var best = (Index: int.MaxValue, Date: (DateOnly?)null);
        for (var m = WrittenDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (MonthsBySpan.TryGetValue(m.Groups["m"].ValueSpan, out var month) && TryDate(m.Groups["y"].ValueSpan, month, m.Groups["d"].ValueSpan) is { } d && m.Index < best.Index)
            {
                best = (m.Index, d);
                break;
            }
        }

        for (var m = NumericDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (int.TryParse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture, out var month) && TryDate(m.Groups["y"].ValueSpan, month, m.Groups["d"].ValueSpan) is { } d && m.Index < best.Index)
            {
                best = (m.Index, d);
                break;
            }
        }

        for (var m = IsoDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (int.TryParse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture, out var month) && TryDate(m.Groups["y"].ValueSpan, month, m.Groups["d"].ValueSpan) is { } d && m.Index < best.Index)
            {
                best = (m.Index, d);
                break;
            }
        }

        return best.Date;
    }

    /// <summary>A written date without a year ("torsdag d. 12. marts"), placed in the given year.</summary>
    public static DateOnly? FindDateWithoutYear(string text, int year)
    {
        for (var m = WrittenDateWithoutYear().Match(text); m.Success; m = m.NextMatch())
        {
            if (MonthsBySpan.TryGetValue(m.Groups["m"].ValueSpan, out var month) && TryDate(year, month, m.Groups["d"].ValueSpan) is { } d && !IsDeadline(text, m.Index))
            {
                return d;
            }
        }

        for (var m = NumericDateWithoutYear().Match(text); m.Success; m = m.NextMatch())
        {
            if (int.TryParse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture, out var month) && TryDate(year, month, m.Groups["d"].ValueSpan) is { } d && !IsDeadline(text, m.Index))
            {
                return d;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\.\s*(?<m>[A-Za-zæøåÆØÅ]{3,9})\b\.?", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WrittenDateWithoutYear();

    // "tirsdag d. 9/3", "den 9/3": day/month after a weekday or "d."/"den", so that "2/3 af udvalget" is no date.
    [GeneratedRegex(@"(?:\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+(?:(?:d\.|den)\s*)?|(?<!\w)(?:d\.|den)\s*)(?<d>\d{1,2})/(?<m>\d{1,2})(?![/\d-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NumericDateWithoutYear();

    /// <summary>Removes the first date (with its weekday and "d."/"den") from a line, e.g. to leave a title.</summary>
    public static string RemoveDate(string text)
    {
        var m = WrittenDate().Match(text);
        if (!m.Success || !MonthsBySpan.ContainsKey(m.Groups["m"].ValueSpan))
        {
            m = NumericDate().Match(text);
        }

        if (!m.Success)
        {
            return text;
        }

        var before = text[..m.Index];
        before = DatePrefix().Replace(before, string.Empty);
        var after = text[(m.Index + m.Length)..];
        after = TimeRange().Match(after) is { Success: true, Groups: var g } tm && g["kl"].Success && tm.Index < 4 ? after[(tm.Index + tm.Length)..] : after;
        return (before + after).Trim(' ', ',', '-', '–', ':');
    }

    [GeneratedRegex(@"(?:\s*,?\s*\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b)?(?:\s*\b(?:d\.|den)\s*)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DatePrefix();

    /// <summary>The first time or time range; a bare number counts only after "kl." or with minutes.</summary>
    public static (TimeOnly? Start, TimeOnly? End) FindTimes(string text)
    {
        var withoutDates = NumericDate().Replace(IsoDate().Replace(Seconds().Replace(text, "$1"), " "), " ");
        withoutDates = WrittenDate().Replace(withoutDates, " ");
        for (var m = TimeRange().Match(withoutDates); m.Success; m = m.NextMatch())
        {
            var hasKl = m.Groups["kl"].Success;
            var hasMinutes = m.Groups["m1"].Success || m.Groups["m2"].Success;
            if (!hasKl && !hasMinutes)
            {
                continue;
            }

            if (!hasKl && !m.Groups["m1"].Success)
            {
                continue;
            }

            var start = new TimeOnly(int.Parse(m.Groups["h1"].ValueSpan, CultureInfo.InvariantCulture), m.Groups["m1"].Success ? int.Parse(m.Groups["m1"].ValueSpan, CultureInfo.InvariantCulture) : 0);
            TimeOnly? end = m.Groups["h2"].Success
                ? new TimeOnly(int.Parse(m.Groups["h2"].ValueSpan, CultureInfo.InvariantCulture), m.Groups["m2"].Success ? int.Parse(m.Groups["m2"].ValueSpan, CultureInfo.InvariantCulture) : 0)
                : null;
            if (end is { } e && e < start && !RunsPastMidnight(start, e))
            {
                end = null;
            }

            return (start, end);
        }

        return (null, null);
    }

    /// <summary>"Kl. 19.00 – 01.15": an evening meeting that ends in the small hours, not an end before the start.</summary>
    public static bool RunsPastMidnight(TimeOnly start, TimeOnly end) => start.Hour >= 17 && end.Hour < 6;

    /// <summary>Every time in the text, in order ("kl. 10.00 til fredag kl. 14.00" gives both).</summary>
    public static IEnumerable<TimeOnly> AllTimes(string text)
    {
        var withoutDates = WrittenDate().Replace(NumericDate().Replace(IsoDate().Replace(Seconds().Replace(text, "$1"), " "), " "), " ");
        for (var m = TimeRange().Match(withoutDates); m.Success; m = m.NextMatch())
        {
            if (!m.Groups["kl"].Success && !m.Groups["m1"].Success)
            {
                continue;
            }

            yield return new TimeOnly(int.Parse(m.Groups["h1"].ValueSpan, CultureInfo.InvariantCulture), m.Groups["m1"].Success ? int.Parse(m.Groups["m1"].ValueSpan, CultureInfo.InvariantCulture) : 0);
            if (m.Groups["h2"].Success)
            {
                yield return new TimeOnly(int.Parse(m.Groups["h2"].ValueSpan, CultureInfo.InvariantCulture), m.Groups["m2"].Success ? int.Parse(m.Groups["m2"].ValueSpan, CultureInfo.InvariantCulture) : 0);
            }
        }
    }

    /// <summary>Every date in the text with a year, in the order they stand.</summary>
    public static IEnumerable<DateOnly> FindDates(string text) => DatesWithPositions(text).Select(d => d.Date);

    /// <summary>
    /// The dates in the text that may be a meeting's: not a deadline ("senest fredag den 12. marts 2027",
    /// "frist 1. april 2027"), which is when something is due before the meeting.
    /// </summary>
    public static IEnumerable<DateOnly> FindMeetingDates(string text)
    {
        foreach (var (index, date) in DatesWithPositions(text))
        {
            if (!IsDeadline(text, index))
            {
                yield return date;
            }
        }
    }

    private static bool IsDeadline(string text, int index) => DeadlineBefore().IsMatch(text.AsSpan(Math.Max(0, index - 30), Math.Min(30, index)));

    private static IEnumerable<(int Index, DateOnly Date)> DatesWithPositions(string text)
    {
        var found = new List<(int Index, DateOnly Date)>();
        for (var m = WrittenDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (MonthsBySpan.TryGetValue(m.Groups["m"].ValueSpan, out var month) && TryDate(m.Groups["y"].ValueSpan, month, m.Groups["d"].ValueSpan) is { } d)
            {
                found.Add((m.Index, d));
            }
        }

        for (var m = NumericDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (int.TryParse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture, out var month) && TryDate(m.Groups["y"].ValueSpan, month, m.Groups["d"].ValueSpan) is { } d)
            {
                found.Add((m.Index, d));
            }
        }

        for (var m = IsoDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (int.TryParse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture, out var month) && TryDate(m.Groups["y"].ValueSpan, month, m.Groups["d"].ValueSpan) is { } d)
            {
                found.Add((m.Index, d));
            }
        }

        return found.OrderBy(f => f.Index);
    }

    // "senest fredag den", "frist:", "deadline", "inden d." just before a date: a due date, not the meeting's.
    [GeneratedRegex(@"\b(?:senest|frist|fristen|deadline|inden|by|before|svar(?:frist)?)\b[\s:,]*(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s*)?(?:(?:d\.|den)\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DeadlineBefore();

    // "15:00:00": the seconds of a system export.
    [GeneratedRegex(@"(?<!\d)(\d{1,2}:\d{2}):\d{2}(?!\d)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Seconds();

    private static DateOnly? TryDate(ReadOnlySpan<char> year, int month, ReadOnlySpan<char> day) =>
        TryDate(int.Parse(year, CultureInfo.InvariantCulture), month, day);

    private static DateOnly? TryDate(int year, int month, ReadOnlySpan<char> day)
    {
        var y = year;
        if (y < 100)
        {
            y += 2000;
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1950 || y > 2100 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return new DateOnly(y, month, d);
    }
}
