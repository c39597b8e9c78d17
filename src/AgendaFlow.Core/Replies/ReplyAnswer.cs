using AgendaFlow.Core.Attendance;

namespace AgendaFlow.Core.Replies;

/// <summary>What a reply's intent records in the meeting's attendance.</summary>
public static class ReplyAnswer
{
    /// <summary>
    /// The status the reply records; null when it records none: an automatic reply is no answer, and an unclear one
    /// goes to a person instead.
    /// </summary>
    public static AttendanceStatus? StatusOf(ReplyIntent intent) => intent switch
    {
        ReplyIntent.Attending => AttendanceStatus.Attending,
        ReplyIntent.Absent => AttendanceStatus.Absent,
        ReplyIntent.Substitute => AttendanceStatus.Substitute,
        ReplyIntent.Partial => AttendanceStatus.Partial,
        ReplyIntent.Tentative => AttendanceStatus.Tentative,
        ReplyIntent.Undeliverable => AttendanceStatus.Undeliverable,
        _ => null,
    };
}
