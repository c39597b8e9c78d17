using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>outboxsent</c> table: mail that is finished (sent, or given up on), moved out of the <c>outbox</c> table
/// under the same keys. The outbox table then holds only mail still to send, so finding due mail reads the work at
/// hand and not years of sent mail. Rows here are only ever read by key (a meeting's partition, or one mail), which
/// is what keeps planning idempotent: a mail whose key is here is not enqueued again. They are kept for good.
/// </summary>
internal sealed class OutboxArchive(TableClient archive, TableClient hot)
{
    public const string TableName = "outboxsent";
    private const string LayoutPartition = "_layout";
    private const string LayoutRow = "finished-moved-v1";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _moved;

    public async Task<bool> ContainsAsync(string escapedPartition, string escapedKey, CancellationToken cancellationToken) =>
        (await archive.GetEntityIfExistsAsync<TableEntity>(escapedPartition, escapedKey, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue;

    public async Task AddKeysAsync(string escapedPartition, HashSet<string> keys, CancellationToken cancellationToken)
    {
        await foreach (var row in archive.QueryAsync<TableEntity>(e => e.PartitionKey == escapedPartition, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(row.RowKey);
        }
    }

    public IAsyncEnumerable<TableEntity> RowsAsync(string escapedPartition, CancellationToken cancellationToken) =>
        archive.QueryAsync<TableEntity>(e => e.PartitionKey == escapedPartition, cancellationToken: cancellationToken);

    /// <summary>
    /// Moves finished rows (one partition, at most 100) here: written here first, then deleted there, so a crash in
    /// between leaves the row in both places, never in neither (<see cref="Outbox.DueAsync"/> tidies that case).
    /// </summary>
    public async Task MoveAsync(IReadOnlyList<TableEntity> finished, CancellationToken cancellationToken)
    {
        if (finished.Count == 0)
        {
            return;
        }

        await archive.SubmitTransactionAsync(finished.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Copy(r))), cancellationToken);
        try
        {
            await hot.SubmitTransactionAsync(
                finished.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(r.PartitionKey, r.RowKey), ETag.All)),
                cancellationToken);
        }
        catch (TableTransactionFailedException)
        {
            // One of them was gone already (moved by another run): delete the rest one by one.
            foreach (var row in finished)
            {
                await DeleteHotAsync(row.PartitionKey, row.RowKey, cancellationToken);
            }
        }
    }

    public async Task DeleteHotAsync(string escapedPartition, string escapedKey, CancellationToken cancellationToken)
    {
        try
        {
            await hot.DeleteEntityAsync(escapedPartition, escapedKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }

    /// <summary>
    /// Once per store: moves the finished rows an earlier version left in the outbox table (it kept them there). The
    /// mark is read once per process; a store without it is swept, then marked.
    /// </summary>
    public async Task EnsureMovedAsync(CancellationToken cancellationToken)
    {
        if (_moved)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_moved)
            {
                return;
            }

            if (!(await archive.GetEntityIfExistsAsync<TableEntity>(LayoutPartition, LayoutRow, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue)
            {
                var filter = TableClient.CreateQueryFilter($"State eq {OutboxState.Sent.ToString()} or State eq {OutboxState.Failed.ToString()}");
                var finished = new List<TableEntity>();
                await foreach (var row in hot.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    finished.Add(row);
                }

                foreach (var batch in finished.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)))
                {
                    await MoveAsync(batch, cancellationToken);
                }

                await archive.UpsertEntityAsync(new TableEntity(LayoutPartition, LayoutRow) { ["At"] = DateTimeOffset.UtcNow }, cancellationToken: cancellationToken);
            }

            _moved = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The row a finished mail keeps: what the outbox knew of it, its state, when sent, and why it failed.</summary>
    public static TableEntity Finished(OutboxEntry entry, OutboxState state, DateTimeOffset? sentAt, string? error)
    {
        var row = new TableEntity(TableKey.Escape(entry.Partition), TableKey.Escape(entry.Key))
        {
            ["State"] = state.ToString(),
            ["To"] = entry.To,
            ["Subject"] = entry.Subject,
            ["Attempts"] = entry.Attempts,
            ["NextAttemptAt"] = entry.NextAttemptAt,
            ["SentAt"] = sentAt,
            ["LastError"] = error,
            ["DeferredSince"] = entry.DeferredSince,
        };
        if (entry.Stored is { } stored)
        {
            row["Blob"] = stored.Blob;
            row["Offset"] = stored.Offset;
            row["Length"] = stored.Length;
        }

        return row;
    }

    private static TableEntity Copy(TableEntity row)
    {
        var copy = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var (name, value) in row)
        {
            if (name is not ("odata.etag" or "PartitionKey" or "RowKey" or "Timestamp"))
            {
                copy[name] = value;
            }
        }

        return copy;
    }
}
