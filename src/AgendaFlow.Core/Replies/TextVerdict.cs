namespace AgendaFlow.Core.Replies;

/// <summary>What a piece of new text (a body or a subject) says, the sentence that says it, and the cue that was read there.</summary>
/// <param name="Cue">The words that carry the answer, as written.</param>
/// <param name="Rule">A fixed name for the rule that decided; holds nothing the sender wrote.</param>
public sealed record TextVerdict(
    ReplyIntent Intent,
    Substitute? Substitute,
    string? Evidence,
    PartialAttendance? Partial,
    string? Cue = null,
    string? Rule = null)
{
    public static TextVerdict Unclear(string? evidence, string? rule = null) => new(ReplyIntent.Unclear, null, evidence, null, null, rule);

    public bool IsDecided => Intent != ReplyIntent.Unclear;
}
