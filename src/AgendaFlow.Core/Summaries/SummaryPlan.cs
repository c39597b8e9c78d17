using System.Globalization;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Summaries;

/// <summary>
/// One attendance summary that is due for a meeting. <paramref name="Occasion"/> keys it in the outbox, so each
/// occasion (a day's summary, the final one) reaches the secretariat once, whoever runs it how often.
/// </summary>
/// <param name="OnlyWhenChanged">Send it only when a seat changed since the last summary.</param>
public sealed record SummaryDue(string Occasion, bool IsFinal, bool OnlyWhenChanged);

/// <summary>
/// When the secretariat gets a summary about a meeting: only before it starts and never for a cancelled one; a
/// daily summary (quiet without news while the meeting is more than <c>alwaysWithinDays</c> away), and the final
/// one <c>finalHoursBefore</c> hours before the start.
/// </summary>
public static class SummaryPlan
{
    /// <param name="scheduledFor">The occurrence of the daily schedule being run: its Copenhagen date names the day.</param>
    public static SummaryDue? Daily(Meeting meeting, DateTimeOffset scheduledFor, DateTimeOffset now, int alwaysWithinDays) =>
        IsComing(meeting, now)
            ? new SummaryDue("day." + CopenhagenTime.DateOf(scheduledFor).ToString("yyyyMMdd", CultureInfo.InvariantCulture), IsFinal: false, OnlyWhenChanged: now < MeetingTimes.DaysBefore(meeting, alwaysWithinDays))
            : null;

    public static SummaryDue? Final(Meeting meeting, DateTimeOffset now, int finalHoursBefore) =>
        IsComing(meeting, now) && now >= MeetingTimes.StartOf(meeting).AddHours(-finalHoursBefore)
            ? new SummaryDue("final", IsFinal: true, OnlyWhenChanged: false)
            : null;

    /// <summary>Reminders and summaries are about a meeting still to come: not cancelled, not started.</summary>
    public static bool IsComing(Meeting meeting, DateTimeOffset now) => !meeting.IsCancelled && !MeetingTimes.HasStarted(meeting, now);
}
