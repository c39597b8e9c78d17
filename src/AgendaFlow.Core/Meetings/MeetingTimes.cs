using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Meetings;

/// <summary>When a meeting happens and what "N days before" means, in Copenhagen's calendar, not in UTC hours.</summary>
public static class MeetingTimes
{
    /// <summary>A meeting without a time is taken to start in the morning, for reminders and summaries.</summary>
    public static readonly TimeOnly AssumedStart = new(9, 0);

    public static DateTimeOffset StartOf(Meeting meeting) => CopenhagenTime.At(meeting.Date, meeting.Start ?? AssumedStart);

    /// <summary>The same wall-clock time <paramref name="days"/> calendar days earlier: across a summer-time switch that is 71 or 73 hours, not 72.</summary>
    public static DateTimeOffset DaysBefore(Meeting meeting, int days) =>
        CopenhagenTime.At(meeting.Date.AddDays(-days), meeting.Start ?? AssumedStart);

    public static bool HasStarted(Meeting meeting, DateTimeOffset now) => now >= StartOf(meeting);
}
