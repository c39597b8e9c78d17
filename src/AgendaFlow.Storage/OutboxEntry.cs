using Azure;
using AgendaFlow.Core.Sending;

namespace AgendaFlow.Storage;

public enum OutboxState
{
    Pending,
    Sending,
    Sent,
    Failed,
}

/// <summary>One message waiting to go, gone, or given up on.</summary>
public sealed record OutboxEntry(
    string Partition,
    string Key,
    OutboxState State,
    string To,
    string Subject,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset? SentAt,
    ETag ETag,
    StoredMessage? Stored = null,
    DateTimeOffset? DeferredSince = null)
{
    /// <summary>Meeting notices (invitations, updates, cancellations) before everything else; see <see cref="MailPriority"/>.</summary>
    public int Priority => MailPriority.OfOutboxKey(Key);

    /// <summary>How many addresses the relay counts for this mail.</summary>
    public int RecipientCount => Math.Max(1, To.Split(',', StringSplitOptions.RemoveEmptyEntries).Length);
}

/// <summary>
/// Where a message's bytes are when several were written as one blob, end to end. Absent for a message stored
/// as a blob of its own.
/// </summary>
public sealed record StoredMessage(string Blob, long Offset, long Length);
