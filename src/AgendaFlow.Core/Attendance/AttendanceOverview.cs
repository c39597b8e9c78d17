using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Attendance;

/// <summary>One participant's line in an overview: who, where they stand, and the answer that put them there.</summary>
public sealed record ParticipantAttendance(Invitee Invitee, AttendanceStatus Status, AttendanceAnswer? Answer)
{
    public Invitee? StandIn => Status == AttendanceStatus.Substitute ? Answer?.StandIn : null;
}

public sealed record AttendanceCounts(
    int Invited, int Attending, int Absent, int Substitutes, int Partial, int Tentative, int NoAnswer, int Undeliverable);

/// <summary>
/// The attendance of one meeting, derived from its participants and the append-only answer history: the latest
/// answer per participant wins, answers from people not invited are ignored.
/// </summary>
public sealed class AttendanceOverview
{
    private AttendanceOverview(Meeting meeting, IReadOnlyList<ParticipantAttendance> rows)
    {
        Meeting = meeting;
        Rows = rows;
    }

    public Meeting Meeting { get; }

    public IReadOnlyList<ParticipantAttendance> Rows { get; }

    public static AttendanceOverview Of(Meeting meeting, IEnumerable<AttendanceAnswer> history)
    {
        var latest = history
            .Select((answer, order) => (answer, order))
            .GroupBy(x => x.answer.ParticipantKey, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(x => x.answer.At).ThenBy(x => x.order).Last().answer,
                StringComparer.OrdinalIgnoreCase);
        var rows = meeting.Participants
            .Select(p => latest.TryGetValue(p.Key, out var answer)
                ? new ParticipantAttendance(p, answer.Status, answer)
                : new ParticipantAttendance(p, AttendanceStatus.NoAnswer, null))
            .ToList();
        return new AttendanceOverview(meeting, rows);
    }

    public AttendanceCounts Counts => new(
        Rows.Count,
        Count(AttendanceStatus.Attending),
        Count(AttendanceStatus.Absent),
        Count(AttendanceStatus.Substitute),
        Count(AttendanceStatus.Partial),
        Count(AttendanceStatus.Tentative),
        Count(AttendanceStatus.NoAnswer),
        Count(AttendanceStatus.Undeliverable));

    /// <summary>Seats that will be filled: those attending, in part or in full, and the stand-ins.</summary>
    public int Present => Count(AttendanceStatus.Attending) + Count(AttendanceStatus.Partial) + Count(AttendanceStatus.Substitute);

    public IEnumerable<ParticipantAttendance> With(AttendanceStatus status) => Rows.Where(r => r.Status == status);

    private int Count(AttendanceStatus status) => Rows.Count(r => r.Status == status);
}
