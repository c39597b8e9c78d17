using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MimeKit;

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
    ETag ETag);

/// <summary>
/// Outgoing mail, kept until it is sent: the <c>outbox</c> table holds each message's state under a key that is
/// the same for the same mail (so planning twice enqueues once), and the <c>outbox</c> container holds the rendered
/// message itself, so a retry sends exactly the bytes that were planned.
/// </summary>
public sealed class Outbox(StorageClients clients)
{
    public const string TableName = "outbox";
    public const string ContainerName = "outbox";

    /// <summary>How long a sender owns a message it is sending; after a crash the message is tried again then.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);
    private readonly BlobContainerClient _messages = clients.Blobs.GetBlobContainerClient(ContainerName);

    /// <summary>Adds the message unless a message with this key is already in the outbox; true when added.</summary>
    public async Task<bool> EnqueueAsync(string partition, string key, MimeMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(partition), TableKey.Escape(key), cancellationToken: cancellationToken);
        if (row.HasValue)
        {
            return false;
        }

        // The message is written before the row: a row always has its message; a message without a row is harmless.
        using (var stream = new MemoryStream())
        {
            await message.WriteToAsync(stream, cancellationToken);
            stream.Position = 0;
            await _messages.GetBlobClient(BlobName(partition, key)).UploadAsync(stream, overwrite: true, cancellationToken);
        }

        try
        {
            await _table.AddEntityAsync(PendingRow(partition, key, message, now), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Adds many messages of one partition (a meeting) as <see cref="EnqueueAsync"/> adds one: the keys already
    /// there are read in one query, the messages uploaded a few at a time, and the rows added in transactions of up
    /// to 100. A transaction that meets a row added meanwhile is redone row by row. Returns how many were added.
    /// </summary>
    public async Task<int> EnqueueManyAsync(
        string partition, IReadOnlyList<(string Key, MimeMessage Message)> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var escaped = TableKey.Escape(partition);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == escaped, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            existing.Add(row.RowKey);
        }

        var fresh = messages.Where(m => existing.Add(TableKey.Escape(m.Key))).ToList();
        // The messages are written before the rows: a row always has its message; a message without a row is harmless.
        await Parallel.ForEachAsync(fresh, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (m, ct) =>
        {
            using var stream = new MemoryStream();
            await m.Message.WriteToAsync(stream, ct);
            stream.Position = 0;
            await _messages.GetBlobClient(BlobName(partition, m.Key)).UploadAsync(stream, overwrite: true, ct);
        });

        var added = 0;
        foreach (var batch in fresh.Chunk(100))
        {
            var rows = batch.Select(m => PendingRow(partition, m.Key, m.Message, now)).ToList();
            try
            {
                await _table.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), cancellationToken);
                added += rows.Count;
            }
            catch (TableTransactionFailedException)
            {
                foreach (var row in rows)
                {
                    try
                    {
                        await _table.AddEntityAsync(row, cancellationToken);
                        added++;
                    }
                    catch (RequestFailedException single) when (single.Status == 409)
                    {
                    }
                }
            }
        }

        return added;
    }

    private static TableEntity PendingRow(string partition, string key, MimeMessage message, DateTimeOffset now) =>
        new(TableKey.Escape(partition), TableKey.Escape(key))
        {
            ["State"] = OutboxState.Pending.ToString(),
            ["To"] = string.Join(", ", message.To.Mailboxes.Select(m => m.Address)),
            ["Subject"] = message.Subject,
            ["MessageId"] = message.MessageId,
            ["Attempts"] = 0,
            ["NextAttemptAt"] = now,
        };

    /// <summary>Messages to send now: pending and due, or left "sending" by a sender whose lease ran out.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<OutboxEntry>();
        var filter = TableClient.CreateQueryFilter(
            $"(State eq {OutboxState.Pending.ToString()} or State eq {OutboxState.Sending.ToString()}) and NextAttemptAt le {now}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            due.Add(ToEntry(e));
        }

        return due.OrderBy(e => e.NextAttemptAt).ToList();
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string partition, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        var escaped = TableKey.Escape(partition);
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == escaped, cancellationToken: cancellationToken))
        {
            entries.Add(ToEntry(e));
        }

        return entries;
    }

    /// <summary>
    /// Takes the message for sending: only one sender wins (the row's ETag decides), and the lease tells others to
    /// keep off until it runs out. Returns the message and the claimed entry, or null when someone else has it.
    /// </summary>
    public async Task<(OutboxEntry Entry, MimeMessage Message)?> ClaimAsync(OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = new TableEntity(TableKey.Escape(entry.Partition), TableKey.Escape(entry.Key))
        {
            ["State"] = OutboxState.Sending.ToString(),
            ["Attempts"] = entry.Attempts + 1,
            ["NextAttemptAt"] = now + Lease,
        };
        try
        {
            var response = await _table.UpdateEntityAsync(claim, entry.ETag, TableUpdateMode.Merge, cancellationToken);
            var download = await _messages.GetBlobClient(BlobName(entry.Partition, entry.Key)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var message = await MimeMessage.LoadAsync(download.Value.Content, cancellationToken);
            return (entry with { State = OutboxState.Sending, Attempts = entry.Attempts + 1, ETag = response.Headers.ETag ?? entry.ETag }, message);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    public Task MarkSentAsync(OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(entry, new() { ["State"] = OutboxState.Sent.ToString(), ["SentAt"] = now, ["LastError"] = null }, cancellationToken);

    public Task RetryLaterAsync(OutboxEntry entry, DateTimeOffset at, string error, CancellationToken cancellationToken) =>
        UpdateAsync(entry, new() { ["State"] = OutboxState.Pending.ToString(), ["NextAttemptAt"] = at, ["LastError"] = error }, cancellationToken);

    public Task MarkFailedAsync(OutboxEntry entry, string error, CancellationToken cancellationToken) =>
        UpdateAsync(entry, new() { ["State"] = OutboxState.Failed.ToString(), ["LastError"] = error }, cancellationToken);

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
        e.ETag);
}
