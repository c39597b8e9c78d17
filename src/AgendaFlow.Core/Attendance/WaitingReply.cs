using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Attendance;

/// <summary>
/// A mail AgendaFlow filed for manual handling ("Til manuel behandling"): who sent it and when, never what it says
/// (it may give a reason for the absence). <paramref name="ParticipantKey"/> is the member or stand-in it came from
/// when that is known. Closed once the secretariat has recorded the answer it gave.
/// </summary>
public sealed record WaitingReply(
    string Id,
    MeetingId? Meeting,
    string? ParticipantKey,
    string Sender,
    DateTimeOffset ReceivedAt,
    string? ClosedBy = null,
    DateTimeOffset? ClosedAt = null)
{
    public bool IsOpen => ClosedBy is null;
}
