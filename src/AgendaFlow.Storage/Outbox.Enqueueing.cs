using Azure;
using Azure.Data.Tables;
using MimeKit;

namespace AgendaFlow.Storage;

/// <summary>Putting mail in the outbox: each message's bytes first, then its row, once per key.</summary>
public sealed partial class Outbox
{
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
}
