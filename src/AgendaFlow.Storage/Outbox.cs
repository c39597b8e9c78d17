using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace AgendaFlow.Storage;

/// <summary>
/// Outgoing mail, kept until it is sent: the <c>outbox</c> table holds each message's state under a key that is
/// the same for the same mail (so planning twice enqueues once), and the <c>outbox</c> container holds the rendered
/// message itself, so a retry sends exactly the bytes that were planned.
/// </summary>
/// <param name="lease">How long a claim holds; <see cref="DefaultLease"/> when not given.</param>
public sealed partial class Outbox(StorageClients clients, TimeSpan? lease = null)
{
    public const string TableName = "outbox";
    public const string ContainerName = "outbox";

    /// <summary>Ten minutes: far longer than one connection's mails take to send, short enough for mail after a crash.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a sender owns a message it is sending; after a crash the message is tried again then. It must be longer
    /// than sending one claim's mails takes, or a second sender takes mail the first is still sending.
    /// </summary>
    public TimeSpan Lease { get; } = lease is not { } given ? DefaultLease
        : given > TimeSpan.Zero ? given : throw new ArgumentOutOfRangeException(nameof(lease), lease, "The outbox's lease must be longer than zero.");

    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);
    private readonly BlobContainerClient _messages = clients.Blobs.GetBlobContainerClient(ContainerName);
    private OutboxArchive? _archive;

    /// <summary>Where sent and failed mail goes, out of the table that is searched for due mail.</summary>
    public const string FinishedTableName = OutboxArchive.TableName;

    private OutboxArchive Archive => LazyInitializer.EnsureInitialized(
        ref _archive, () => new OutboxArchive(clients.Tables.GetTableClient(OutboxArchive.TableName), _table));

    /// <summary>
    /// Messages to send now: pending and due, or left "sending" by a sender whose lease ran out. The table holds only
    /// mail not yet finished, so this reads the mail waiting, not the mail ever sent.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await Archive.EnsureMovedAsync(cancellationToken);
        var due = new List<OutboxEntry>();
        var filter = TableClient.CreateQueryFilter(
            $"(State eq {OutboxState.Pending.ToString()} or State eq {OutboxState.Sending.ToString()}) and NextAttemptAt le {now}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            // A lease that ran out is rare; it may be a mail marked sent by a run that stopped before tidying up.
            if (e.GetString("State") == nameof(OutboxState.Sending) && await Archive.ContainsAsync(e.PartitionKey, e.RowKey, cancellationToken))
            {
                await Archive.DeleteHotAsync(e.PartitionKey, e.RowKey, cancellationToken);
                continue;
            }

            due.Add(ToEntry(e));
        }

        return due.OrderBy(e => e.Priority).ThenBy(e => e.NextAttemptAt).ToList();
    }

    /// <summary>Every message waiting to be sent, due or not (those being sent not included).</summary>
    public async Task<IReadOnlyList<OutboxEntry>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = new List<OutboxEntry>();
        var filter = TableClient.CreateQueryFilter($"State eq {OutboxState.Pending.ToString()}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            pending.Add(ToEntry(e));
        }

        return pending;
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string partition, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        var escaped = TableKey.Escape(partition);
        await foreach (var e in Archive.RowsAsync(escaped, cancellationToken))
        {
            entries.Add(ToEntry(e));
        }

        var finished = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == escaped, cancellationToken: cancellationToken))
        {
            if (!finished.Contains(TableKey.Unescape(e.RowKey)))
            {
                entries.Add(ToEntry(e));
            }
        }

        return entries;
    }

    /// <summary>Records the messages as sent, moving them out of the outbox table in transactions of up to 100 per partition.</summary>
    public async Task MarkSentAsync(IReadOnlyCollection<OutboxEntry> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var batch in entries.GroupBy(e => e.Partition).SelectMany(p => p.Chunk(100)))
        {
            await Archive.MoveAsync(batch.Select(e => OutboxArchive.Finished(e, OutboxState.Sent, now, error: null)).ToList(), cancellationToken);
        }
    }

    public Task RetryLaterAsync(OutboxEntry entry, DateTimeOffset at, string error, CancellationToken cancellationToken) =>
        UpdateAsync(entry, new() { ["State"] = OutboxState.Pending.ToString(), ["NextAttemptAt"] = at, ["LastError"] = error }, cancellationToken);

    /// <summary>
    /// Puts a claimed mail back without counting the claim as a try: the relay was throttling (a 4xx answer, when
    /// <paramref name="error"/> says so), or the limits did not let it go yet. A 4xx also marks since when the mail has
    /// been deferred, so one deferred for days can still be reported.
    /// </summary>
    public Task DeferAsync(OutboxEntry entry, DateTimeOffset at, string? error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, object?>
        {
            ["State"] = OutboxState.Pending.ToString(),
            ["NextAttemptAt"] = at,
            ["Attempts"] = Math.Max(0, entry.Attempts - 1),
        };
        if (error is not null)
        {
            values["LastError"] = error;
            values["DeferredSince"] = entry.DeferredSince ?? now;
        }

        return UpdateAsync(entry, values, cancellationToken);
    }

    public Task MarkFailedAsync(OutboxEntry entry, string error, CancellationToken cancellationToken) =>
        Archive.MoveAsync([OutboxArchive.Finished(entry, OutboxState.Failed, sentAt: null, error)], cancellationToken);

    private async Task UpdateAsync(OutboxEntry entry, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKey.Escape(entry.Partition), TableKey.Escape(entry.Key));
        foreach (var (name, value) in values)
        {
            entity[name] = value;
        }

        await _table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    private static string BlobName(string partition, string key) => $"{partition}/{key}.eml";

    private static OutboxEntry ToEntry(TableEntity e) => new(
        TableKey.Unescape(e.PartitionKey),
        TableKey.Unescape(e.RowKey),
        Enum.Parse<OutboxState>(e.GetString("State") ?? nameof(OutboxState.Pending)),
        e.GetString("To") ?? "",
        e.GetString("Subject") ?? "",
        e.GetInt32("Attempts") ?? 0,
        e.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
        e.GetString("LastError"),
        e.GetDateTimeOffset("SentAt"),
        e.ETag,
        e.GetString("Blob") is { } blob ? new StoredMessage(blob, e.GetInt64("Offset") ?? 0, e.GetInt64("Length") ?? 0) : null,
        e.GetDateTimeOffset("DeferredSince"));
}
