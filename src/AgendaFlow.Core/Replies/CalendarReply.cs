namespace AgendaFlow.Core.Replies;

/// <summary>The participation status an attendee sets in a calendar reply (RFC 5545 PARTSTAT).</summary>
public enum ParticipationStatus
{
    Other,
    NeedsAction,
    Accepted,
    Declined,
    Tentative,
    Delegated,
}

/// <summary>An iCalendar METHOD:REPLY as a calendar client sends it when Accept/Decline is pressed.</summary>
/// <param name="DelegatedTo">The delegate's address (DELEGATED-TO) when the status is Delegated.</param>
/// <param name="DelegateName">The delegate's CN, when the reply lists the delegate as an attendee.</param>
/// <param name="Comment">The attendee's COMMENT, which some clients put in the calendar part instead of the body.</param>
public sealed record CalendarReply(
    string? Uid,
    ParticipationStatus Status,
    string? AttendeeAddress,
    string? DelegatedTo,
    string? DelegateName,
    string? Comment)
{
    /// <summary>When the meeting starts on a Copenhagen clock (DTSTART), if the reply says.</summary>
    public TimeOnly? Start { get; init; }
}
