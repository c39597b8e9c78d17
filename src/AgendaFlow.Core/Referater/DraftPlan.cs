using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Referater;

/// <summary>When a meeting's referat is drafted: once it is over (<see cref="MeetingTimes.IsOver"/>), not cancelled, within <see cref="LookBack"/>.</summary>
public static class DraftPlan
{
    /// <summary>Older meetings are left alone: their referat is written by now, one way or another.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(14);

    public static bool IsDue(Meeting meeting, DateTimeOffset now) =>
        !meeting.IsCancelled && MeetingTimes.IsOver(meeting, now) && now - MeetingTimes.EndOf(meeting) <= LookBack;
}
