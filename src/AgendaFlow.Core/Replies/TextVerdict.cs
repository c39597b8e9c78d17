namespace AgendaFlow.Core.Replies;

/// <summary>What a piece of new text (a body or a subject) says, and the words that say it.</summary>
public sealed record TextVerdict(
    ReplyIntent Intent,
    Substitute? Substitute,
    string? Evidence,
    PartialAttendance? Partial)
{
    public static TextVerdict Unclear(string? evidence) => new(ReplyIntent.Unclear, null, evidence, null);

    public bool IsDecided => Intent != ReplyIntent.Unclear;
}
