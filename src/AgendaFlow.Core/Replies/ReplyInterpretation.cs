namespace AgendaFlow.Core.Replies;

/// <summary>What a reply means, the words that decided it, and the keys to match it by.</summary>
/// <param name="Evidence">The new text (or header, or calendar property) that decided the intent.</param>
/// <param name="AbsenceReason">
/// Why the participant is absent, in their own words. Kept apart from everything else because it can
/// be health data (GDPR art. 9): store and show it only where the secretariat needs it.
/// </param>
public sealed record ReplyInterpretation(
    ReplyIntent Intent,
    Substitute? Substitute,
    string? Evidence,
    PartialAttendance? Partial,
    string? AbsenceReason,
    DeliveryFailure? DeliveryFailure,
    ReplyKeys Keys);
