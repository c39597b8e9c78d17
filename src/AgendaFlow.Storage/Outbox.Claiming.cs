using Azure;
using Azure.Data.Tables;
using MimeKit;

namespace AgendaFlow.Storage;

/// <summary>Taking due mail for sending, and reading back the very bytes that were planned.</summary>
public sealed partial class Outbox
{
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

    private TableEntity ClaimRow(OutboxEntry entry, DateTimeOffset now) =>
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
}
