namespace AgendaFlow.Core.Scheduling;

/// <summary>
/// Decides, at one tick of a timer that fires on a plain UTC cadence (the Functions host's timers know no time
/// zones), whether an occurrence of a Copenhagen-time schedule is due, and which. The caller records the occurrence
/// it ran, so each occurrence runs once however many ticks see it.
/// </summary>
public static class DueOccurrence
{
    /// <summary>
    /// A tick may come a moment before the minute it was meant for (clocks of host and storage differ a little);
    /// an occurrence this close ahead counts as due.
    /// </summary>
    public static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(5);

    /// <summary>
    /// With no occurrence recorded yet (a new installation, a new function), only an occurrence this recent is run:
    /// enough to cover one missed tick, not so much that a deployment replays the morning's mail.
    /// </summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromMinutes(2);

    /// <summary>Missed occurrences are looked for this far back at most; like the host's past-due run, only the latest runs.</summary>
    public static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(7);

    /// <summary>
    /// The latest occurrence after <paramref name="lastRun"/> and no later than <paramref name="now"/> (give or take
    /// <see cref="EarlyTolerance"/>), or null when none is due. Occurrences missed while nothing ticked collapse
    /// into that one run, as the Functions host runs a missed timer once.
    /// </summary>
    public static Occurrence? At(NcrontabSchedule schedule, DateTimeOffset now, DateTimeOffset? lastRun)
    {
        var from = lastRun ?? now - FirstLookBack;
        if (from < now - MaxLookBack)
        {
            from = now - MaxLookBack;
        }

        var until = now + EarlyTolerance;
        DateTimeOffset? due = null;
        for (var next = schedule.NextAfter(from); next is { } n && n <= until; next = schedule.NextAfter(n))
        {
            due = n;
        }

        return due is { } at ? new Occurrence(at.ToUniversalTime(), IsPastDue: now - at > PastDueAfter) : null;
    }

    /// <summary>A run this much later than its occurrence is a late one (the host was away, say).</summary>
    public static readonly TimeSpan PastDueAfter = TimeSpan.FromMinutes(1);
}

/// <summary>One occurrence of a schedule, as the UTC instant the local time names, and whether it runs late.</summary>
public sealed record Occurrence(DateTimeOffset At, bool IsPastDue);
