using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Meetings;

/// <summary>
/// When a meeting starts and ends, when it is over, and what "N days before" means: in Copenhagen's calendar, not
/// in UTC hours. Every function that asks whether a meeting is still coming asks <see cref="IsOver"/>.
/// </summary>
public static class MeetingTimes
{
    /// <summary>A meeting without a time is taken to start in the morning, for reminders and summaries.</summary>
    public static readonly TimeOnly AssumedStart = new(9, 0);

    /// <summary>When an agenda gives a start but no end, calendars and "over" still need one.</summary>
    public static readonly TimeSpan AssumedLength = TimeSpan.FromHours(2);

    public static DateTimeOffset StartOf(Meeting meeting) => CopenhagenTime.At(meeting.Date, meeting.Start ?? AssumedStart);

    /// <summary>
    /// The end the agenda gives (the next day when it is not after the start: a meeting past midnight); with a start
    /// only, <see cref="AssumedLength"/> after it, as the calendar invitation says; with no time at all, the end of
    /// the day, as the calendar's all-day entry says.
    /// </summary>
    public static DateTimeOffset EndOf(Meeting meeting) => (meeting.Start, meeting.End) switch
    {
        ({ } start, { } end) => CopenhagenTime.At(end > start ? meeting.Date : meeting.Date.AddDays(1), end),
        ({ } start, null) => CopenhagenTime.At(meeting.Date, start) + AssumedLength,
        (null, { } end) => CopenhagenTime.At(meeting.Date, end),
        _ => CopenhagenTime.At(meeting.Date.AddDays(1), TimeOnly.MinValue),
    };

    /// <summary>The same wall-clock time <paramref name="days"/> calendar days earlier: across a summer-time switch that is 71 or 73 hours, not 72.</summary>
    public static DateTimeOffset DaysBefore(Meeting meeting, int days) =>
        CopenhagenTime.At(meeting.Date.AddDays(-days), meeting.Start ?? AssumedStart);

    public static bool HasStarted(Meeting meeting, DateTimeOffset now) => now >= StartOf(meeting);

    /// <summary>Over once it has ended: no more answers, off the coming meetings, and its referat can be drafted.</summary>
    public static bool IsOver(Meeting meeting, DateTimeOffset now) => now >= EndOf(meeting);
}
