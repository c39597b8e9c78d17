using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Summaries;

/// <summary>A reminder due now to a participant, for one stage ("3 days before").</summary>
public sealed record DueReminder(Invitee Participant, int DaysBefore)
{
    /// <summary>One key per stage and participant: each stage reaches each participant at most once.</summary>
    public string Key => $"reminder.d{DaysBefore}.{Invitations.Invitation.ParticipantDigest(Participant)}";
}

/// <summary>
/// Who is reminded now: participants with an address who have not answered, once the latest stage has come and
/// before the meeting starts. Nothing after the meeting, for a cancelled meeting, or to an address that bounced.
/// When the app was away over several stages, only the latest is sent.
/// </summary>
public static class ReminderPlan
{
    public static IReadOnlyList<DueReminder> Due(AttendanceOverview overview, IEnumerable<int> daysBefore, DateTimeOffset now)
    {
        var meeting = overview.Meeting;
        if (!SummaryPlan.IsComing(meeting, now))
        {
            return [];
        }

        var stage = daysBefore.Where(d => d > 0).Order().FirstOrDefault(d => now >= MeetingTimes.DaysBefore(meeting, d));
        if (stage == 0)
        {
            return [];
        }

        // Seats only: a roster member nobody invited is not reminded, and a stand-in was invited on purpose.
        return overview.With(SeatStatus.NoAnswer)
            .Where(s => s.Invited && !string.IsNullOrWhiteSpace(s.Member.Email))
            .Select(s => new DueReminder(s.Member, stage))
            .ToList();
    }
}
