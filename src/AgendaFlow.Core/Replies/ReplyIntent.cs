namespace AgendaFlow.Core.Replies;

/// <summary>What a participant's reply to an invitation means.</summary>
public enum ReplyIntent
{
    Unclear,
    Attending,
    Absent,
    Substitute,
    Partial,
    Tentative,
    AutoReply,
    Undeliverable,
}

/// <summary>The names the intents have on the wire (CLI JSON, stored RSVP history).</summary>
public static class ReplyIntentNames
{
    public static string WireName(this ReplyIntent intent) => intent switch
    {
        ReplyIntent.Attending => "attending",
        ReplyIntent.Absent => "absent",
        ReplyIntent.Substitute => "substitute",
        ReplyIntent.Partial => "partial",
        ReplyIntent.Tentative => "tentative",
        ReplyIntent.AutoReply => "auto-reply",
        ReplyIntent.Undeliverable => "undeliverable",
        _ => "unclear",
    };

    public static bool TryParse(string? wireName, out ReplyIntent intent)
    {
        foreach (var candidate in Enum.GetValues<ReplyIntent>())
        {
            if (string.Equals(candidate.WireName(), wireName, StringComparison.Ordinal))
            {
                intent = candidate;
                return true;
            }
        }

        intent = ReplyIntent.Unclear;
        return false;
    }
}
