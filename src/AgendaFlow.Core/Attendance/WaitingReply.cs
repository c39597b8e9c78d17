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

    /// <summary>
    /// How the reader read the mail, from <c>ReplyInterpretation.SafeEvidence</c>: intent, where and the rule, never
    /// the sender's words. Null for cases filed before it was kept.
    /// </summary>
    public string? Reading { get; init; }

    /// <summary>The reading as the secretariat sees it beside the case, or null when there is none.</summary>
    public string? ReadingText => string.IsNullOrWhiteSpace(Reading) ? null : $"aflæst som {Reading}";
}
