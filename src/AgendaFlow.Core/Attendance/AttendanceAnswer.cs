using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Attendance;

/// <summary>Where a participant stands for one meeting.</summary>
public enum AttendanceStatus
{
    NoAnswer,
    Attending,
    Absent,
    Substitute,
    Partial,
    Tentative,
    Undeliverable,
}

/// <summary>How an answer reached AgendaFlow.</summary>
public enum AnswerChannel
{
    Email,
    Link,
    Calendar,
    Secretariat,
}

/// <summary>
/// One answer from (or on behalf of) a participant, kept forever in the meeting's history; the latest one counts.
/// <paramref name="Reference"/> points at the evidence (a Message-Id, a link token); <paramref name="RecordedBy"/>
/// names the secretariat member who typed in an answer given by phone. Absence reasons are not kept here: they can be
/// health data and nothing downstream needs them.
/// </summary>
public sealed record AttendanceAnswer(
    string ParticipantKey,
    AttendanceStatus Status,
    DateTimeOffset At,
    AnswerChannel Channel,
    string Reference,
    Invitee? StandIn = null,
    string? RecordedBy = null);
