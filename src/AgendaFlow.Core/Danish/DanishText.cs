using System.Globalization;

namespace AgendaFlow.Core.Danish;

/// <summary>Dates, times and lists written the way a Danish secretariat writes them.</summary>
public static class DanishText
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    private static readonly string[] Weekdays = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    /// <summary>"torsdag den 10. december 2026".</summary>
    public static string LongDate(DateOnly date) =>
        $"{Weekdays[(int)date.DayOfWeek]} den {date.Day}. {Months[date.Month - 1]} {date.Year}";

    /// <summary>"10. december 2026".</summary>
    public static string ShortDate(DateOnly date) => $"{date.Day}. {Months[date.Month - 1]} {date.Year}";

    /// <summary>"13.00", as Danish documents write the time of day.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>"kl. 13.00–15.30", "kl. 13.00", or nothing when the time is not known.</summary>
    public static string TimeRange(TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => $"kl. {Time(s)}–{Time(e)}",
        ({ } s, null) => $"kl. {Time(s)}",
        _ => "",
    };

    /// <summary>"torsdag den 10. december 2026 kl. 13.00–15.30".</summary>
    public static string DateAndTime(DateOnly date, TimeOnly? start, TimeOnly? end)
    {
        var time = TimeRange(start, end);
        return time.Length == 0 ? LongDate(date) : $"{LongDate(date)} {time}";
    }

    /// <summary>"A", "A og B", "A, B og C": Danish joins the last two with "og" and no comma before it.</summary>
    public static string JoinList(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " og " + list[^1],
        };
    }
}
