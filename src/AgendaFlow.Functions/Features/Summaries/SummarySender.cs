using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Summaries;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>Settings of summaries and reminders, under <c>AgendaFlow:Summaries</c> and <c>AgendaFlow:Reminders</c>.</summary>
public sealed class SummaryOptions
{
    /// <summary>The final summary goes this many hours before the meeting starts.</summary>
    public int FinalHoursBefore { get; set; } = 24;

    /// <summary>Within this many days of the meeting a summary goes out even when nothing changed.</summary>
    public int AlwaysWithinDays { get; set; } = 2;

    /// <summary>Reminder stages, in days before the meeting, comma-separated.</summary>
    public string ReminderDaysBefore { get; set; } = "3";

    public IReadOnlyList<int> ReminderStages =>
        ReminderDaysBefore.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();
}

/// <summary>
/// Puts one attendance summary for a meeting into the outbox under a key for its occasion (a day's summary, the
/// final one), so a re-run or a second instance sends nothing twice.
/// </summary>
public sealed class SummarySender(
    AttendanceReader attendance,
    SummaryLedger ledger,
    Outbox outbox,
    AgendaFlowOptions options,
    TimeProvider clock,
    ILogger<SummarySender> logger)
{
    public async Task<bool> SendAsync(Meeting meeting, SummaryDue due, CancellationToken cancellationToken)
    {
        var overview = await attendance.ReadAsync(meeting, cancellationToken);
        var lastSeen = await ledger.LastSeenAsync(meeting.Id, cancellationToken);
        var changed = overview.Seats
            .Where(s => !lastSeen.TryGetValue(s.Member.Key, out var seen) || seen != s.Mark)
            .Select(s => s.Member.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (due.OnlyWhenChanged && changed.Count == 0)
        {
            logger.LogDebug("Meeting {MeetingId}: no changes since the last summary; none sent", meeting.Id);
            return false;
        }

        var secretariat = overview.Roster.SecretariatAddress ?? options.SecretariatAddress;
        if (secretariat is null)
        {
            logger.LogWarning("Meeting {MeetingId}: no secretariat address (AgendaFlow__SecretariatAddress or a roster row with role 'sekretariat'); no summary", meeting.Id);
            return false;
        }

        var now = clock.GetUtcNow();
        var mail = AttendanceSummaryMail.Render(overview, lastSeen.Count == 0 ? new HashSet<string>() : changed, due.IsFinal, secretariat, options.Mail, now);
        var added = await outbox.EnqueueAsync(meeting.Id.Value, $"summary.{due.Occasion}", mail, now, cancellationToken);
        if (added)
        {
            await ledger.RememberAsync(overview, now, cancellationToken);
            logger.LogDebug("Meeting {MeetingId}: summary {Occasion} put in the outbox", meeting.Id, due.Occasion);
        }

        return added;
    }
}
