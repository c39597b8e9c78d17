using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using AgendaFlow.Core.Sending;
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
    private OutboxArchive? _archive;

    /// <summary>Where sent and failed mail goes, out of the table that is searched for due mail.</summary>
    public const string FinishedTableName = OutboxArchive.TableName;

    private OutboxArchive Archive => LazyInitializer.EnsureInitialized(
        ref _archive, () => new OutboxArchive(clients.Tables.GetTableClient(OutboxArchive.TableName), _table));

    /// <summary>Adds the message unless a message with this key is already in the outbox; true when added.</summary>
    public async Task<bool> EnqueueAsync(string partition, string key, MimeMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(partition), TableKey.Escape(key), cancellationToken: cancellationToken);
        if (row.HasValue || await Archive.ContainsAsync(TableKey.Escape(partition), TableKey.Escape(key), cancellationToken))
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
            await _table.AddEntityAsync(NewRow(partition, key, message, stored: null, claimedUntil: null, now), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Adds many messages of one partition (a meeting) as <see cref="EnqueueAsync"/> adds one: the keys already
    /// there are read in one query, and each batch of up to 100 is one blob and one table transaction. A transaction
    /// that meets a row added meanwhile is redone row by row. Returns how many were added.
    /// </summary>
    /// <param name="notBefore">When the relay's limits let them go at the earliest; now when not given.</param>
    public async Task<int> EnqueueManyAsync(
        string partition, IReadOnlyList<(string Key, MimeMessage Message)> messages, DateTimeOffset now, CancellationToken cancellationToken,
        DateTimeOffset? notBefore = null)
    {
        var existing = await KeysAsync(partition, cancellationToken);
        var fresh = messages.Where(m => existing.Add(TableKey.Escape(m.Key))).ToList();
        return (await AddAsync(partition, fresh, claimedUntil: null, notBefore is { } at && at > now ? at : now, cancellationToken)).Count;
    }

    /// <summary>
    /// Adds the messages as <see cref="EnqueueManyAsync"/> does, but already claimed by the caller, who is about to
    /// send them: no claim round trip, and no download of what it has in hand. Returns those added, each read back
    /// from its stored bytes, in order; keys already in the outbox are skipped. If the caller dies before sending,
    /// the lease runs out and the outbox sends them.
    /// </summary>
    public async Task<IReadOnlyList<(OutboxEntry Entry, MimeMessage Message)>> EnqueueForSendingAsync(
        string partition, IReadOnlyList<(string Key, MimeMessage Message)> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await KeysAsync(partition, cancellationToken);
        var fresh = messages.Where(m => existing.Add(TableKey.Escape(m.Key))).ToList();
        return await AddAsync(partition, fresh, claimedUntil: now + Lease, now, cancellationToken);
    }

    private async Task<HashSet<string>> KeysAsync(string partition, CancellationToken cancellationToken)
    {
        var escaped = TableKey.Escape(partition);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == escaped, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(row.RowKey);
        }

        await Archive.AddKeysAsync(escaped, keys, cancellationToken);
        return keys;
    }

    /// <summary>Writes the messages, then their rows (pending, or being sent when <paramref name="claimedUntil"/> is set); returns those added.</summary>
    private async Task<List<(OutboxEntry Entry, MimeMessage Message)>> AddAsync(
        string partition, IReadOnlyList<(string Key, MimeMessage Message)> fresh, DateTimeOffset? claimedUntil, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var added = new List<(OutboxEntry, MimeMessage)>();
        foreach (var batch in fresh.Chunk(100))
        {
            // The messages are written before the rows: a row always has its message; a message without a row is
            // harmless. One blob holds the whole batch: storage is paid per request, and a meeting's 500 blobs
            // took longer to store than the relay took to send them.
            var (places, bytes) = await WriteTogetherAsync(partition, batch, cancellationToken);
            var rows = batch.Select((m, i) => (
                Message: claimedUntil is null ? m.Message : ReadBack(bytes, places[i], cancellationToken),
                Row: NewRow(partition, m.Key, m.Message, places[i], claimedUntil, now))).ToList();
            try
            {
                await _table.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r.Row)), cancellationToken);
                added.AddRange(rows.Select(r => (ToEntry(r.Row), r.Message)));
            }
            catch (TableTransactionFailedException)
            {
                foreach (var (message, row) in rows)
                {
                    try
                    {
                        await _table.AddEntityAsync(row, cancellationToken);
                        added.Add((ToEntry(row), message));
                    }
                    catch (RequestFailedException single) when (single.Status == 409)
                    {
                    }
                }
            }
        }

        return added;
    }

    /// <summary>Writes the batch's messages end to end into one blob; returns where each is, and the bytes written.</summary>
    private async Task<(StoredMessage[] Places, byte[] Bytes)> WriteTogetherAsync(
        string partition, IReadOnlyList<(string Key, MimeMessage Message)> batch, CancellationToken cancellationToken)
    {
        var blob = $"{partition}/{Guid.NewGuid():N}.mails";
        var places = new StoredMessage[batch.Count];
        var content = new MemoryStream();
        for (var i = 0; i < batch.Count; i++)
        {
            var start = content.Position;
            await batch[i].Message.WriteToAsync(content, cancellationToken);
            places[i] = new StoredMessage(blob, start, content.Position - start);
        }

        content.Position = 0;
        await _messages.GetBlobClient(blob).UploadAsync(content, overwrite: true, cancellationToken);

        return (places, content.GetBuffer());
    }

    /// <summary>
    /// A message for sending, read from the very bytes stored: what goes to the relay is what a retry would send, and
    /// MailKit writes it out as it is instead of encoding (and, for the SIZE extension, measuring) a freshly built
    /// message again. Persistent, so its parts point into the batch's buffer instead of copying it.
    /// </summary>
    private static MimeMessage ReadBack(byte[] bytes, StoredMessage place, CancellationToken cancellationToken) =>
        MimeMessage.Load(new MemoryStream(bytes, (int)place.Offset, (int)place.Length, writable: false), persistent: true, cancellationToken);

    private static TableEntity NewRow(
        string partition, string key, MimeMessage message, StoredMessage? stored, DateTimeOffset? claimedUntil, DateTimeOffset now)
    {
        var row = new TableEntity(TableKey.Escape(partition), TableKey.Escape(key))
        {
            ["State"] = (claimedUntil is null ? OutboxState.Pending : OutboxState.Sending).ToString(),
            ["To"] = string.Join(", ", message.To.Mailboxes.Select(m => m.Address)),
            ["Subject"] = message.Subject,
            ["MessageId"] = message.MessageId,
            ["Attempts"] = claimedUntil is null ? 0 : 1,
            ["NextAttemptAt"] = claimedUntil ?? now,
        };
        if (stored is not null)
        {
            row["Blob"] = stored.Blob;
            row["Offset"] = stored.Offset;
            row["Length"] = stored.Length;
        }

        return row;
    }

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

    /// <summary>
    /// Takes due messages for sending: only one sender wins each (the row's ETag decides), and the lease tells others
    /// to keep off until it runs out. Claims go in table transactions of up to 100 per partition; a transaction that
    /// meets a row someone else has changed is redone row by row. Returns the ones this sender won, with their
    /// messages, in the order given.
    /// </summary>
    public async Task<IReadOnlyList<(OutboxEntry Entry, MimeMessage Message)>> ClaimManyAsync(
        IReadOnlyList<OutboxEntry> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var won = new List<OutboxEntry>();
        foreach (var batch in due.GroupBy(e => e.Partition).SelectMany(p => p.Chunk(100)))
        {
            try
            {
                await _table.SubmitTransactionAsync(
                    batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpdateMerge, ClaimRow(e, now), e.ETag)),
                    cancellationToken);
                won.AddRange(batch.Select(Claimed));
            }
            catch (TableTransactionFailedException)
            {
                foreach (var entry in batch)
                {
                    if (await TryClaimRowAsync(entry, now, cancellationToken) is { } claimed)
                    {
                        won.Add(claimed);
                    }
                }
            }
        }

        var messages = await MessagesAsync(won, cancellationToken);
        var order = due.Select((e, i) => (e.Partition, e.Key, i)).ToDictionary(x => (x.Partition, x.Key), x => x.i);
        return won.Select((e, i) => (Entry: e, Message: messages[i])).OrderBy(c => order[(c.Entry.Partition, c.Entry.Key)]).ToList();
    }

    private async Task<OutboxEntry?> TryClaimRowAsync(OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateEntityAsync(ClaimRow(entry, now), entry.ETag, TableUpdateMode.Merge, cancellationToken);
            return Claimed(entry);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    private static TableEntity ClaimRow(OutboxEntry entry, DateTimeOffset now) =>
        new(TableKey.Escape(entry.Partition), TableKey.Escape(entry.Key))
        {
            ["State"] = OutboxState.Sending.ToString(),
            ["Attempts"] = entry.Attempts + 1,
            ["NextAttemptAt"] = now + Lease,
        };

    // The claimed row's new ETag is not kept: what follows a claim (sent, retry, failed) writes unconditionally.
    private static OutboxEntry Claimed(OutboxEntry entry) =>
        entry with { State = OutboxState.Sending, Attempts = entry.Attempts + 1, ETag = ETag.All };

    /// <summary>
    /// The entries' messages exactly as they were planned, in order: each blob (a single mail's, or a batch's holding
    /// several) is downloaded once, a few at a time.
    /// </summary>
    public async Task<MimeMessage[]> MessagesAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var messages = new MimeMessage[entries.Count];
        var byBlob = Enumerable.Range(0, entries.Count).GroupBy(i => entries[i].Stored?.Blob ?? BlobName(entries[i].Partition, entries[i].Key));
        await Parallel.ForEachAsync(byBlob, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (blob, ct) =>
        {
            var content = (await _messages.GetBlobClient(blob.Key).DownloadContentAsync(ct)).Value.Content.ToArray();
            foreach (var i in blob)
            {
                var (offset, length) = entries[i].Stored is { } place ? ((int)place.Offset, (int)place.Length) : (0, content.Length);
                using var slice = new MemoryStream(content, offset, length, writable: false);
                messages[i] = await MimeMessage.LoadAsync(slice, ct);
            }
        });

        return messages;
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
