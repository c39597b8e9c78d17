namespace AgendaFlow.Core.Replies;

/// <summary>What a reply means, the words that decided it, and the keys to match it by.</summary>
/// <param name="Evidence">The sentence of new text (or header, or calendar property) that decided the intent, absence reason left out.</param>
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
    ReplyKeys Keys)
{
    /// <summary>The words in <see cref="Evidence"/> the decision turned on ("melder ikke afbud", "PARTSTAT=ACCEPTED").</summary>
    public string? Cue { get; init; }

    /// <summary>
    /// Fixed names of the rules that decided ("negated absence", "conflict: attendance and absence"). They hold nothing
    /// the sender wrote, so they can go into logs.
    /// </summary>
    public string? Rule { get; init; }

    /// <summary>Where the deciding words were: the new text, the subject, the calendar part or the headers.</summary>
    public EvidenceSource Source { get; init; } = EvidenceSource.Text;

    /// <summary>
    /// The evidence as it may be logged and shown without opening the mail: intent, source and rule, never the
    /// sender's words (a sentence or even a cue like "er sygemeldt" can carry an absence reason).
    /// </summary>
    public string SafeEvidence => $"{Intent.WireName()} ({Source.WireName()}: {Rule ?? "no rule"})";
}

/// <summary>Where the evidence for a reply's meaning was found.</summary>
public enum EvidenceSource
{
    Text,
    Subject,
    Calendar,
    Headers,
}

public static class EvidenceSourceNames
{
    public static string WireName(this EvidenceSource source) => source switch
    {
        EvidenceSource.Subject => "subject",
        EvidenceSource.Calendar => "calendar",
        EvidenceSource.Headers => "headers",
        _ => "text",
    };
}
