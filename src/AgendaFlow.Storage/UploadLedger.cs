using AgendaFlow.Core.Uploads;
using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>An upload as <c>/api/uploads</c> lists it: what was received, and why it was refused if it was.</summary>
/// <param name="ContentHash">Null for a file refused before it was read (empty, too large).</param>
public sealed record UploadRecord(
    string BlobName,
    string? Committee,
    long Size,
    string? ContentHash,
    DateTimeOffset UploadedAt,
    string? Uploader,
    string? RejectedBecause);

/// <summary>
/// The <c>uploads</c> table: one row per distinct agenda file content. Keyed by the content hash, so the same file
/// uploaded twice (or delivered twice by an at-least-once trigger) is one record. A refused file keeps its Danish
/// reason in the row; one refused before it was read (empty, too large) has a row per blob version instead.
/// </summary>
public sealed class UploadLedger
{
    public const string TableName = "uploads";
    private const string Partition = "upload";
    private const string UnreadPrefix = "unread.";
    private readonly TableClient _table;

    public UploadLedger(StorageClients clients) => _table = clients.Tables.GetTableClient(TableName);

    /// <summary>Records the upload; false when this content was already recorded.</summary>
    public async Task<bool> RecordAsync(UploadReceipt receipt, CancellationToken cancellationToken)
    {
        try
        {
            await _table.AddEntityAsync(Row(receipt.ContentHash.Hex, receipt), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Marks the upload as refused, with the reason the uploader was given. <paramref name="read"/> is false for a
    /// file refused before its content was read; its row is then keyed by blob name and version.
    /// </summary>
    public async Task RecordRejectionAsync(UploadReceipt receipt, bool read, string versionTag, string reason, CancellationToken cancellationToken)
    {
        // A read file's row exists already (RecordAsync) and names the first blob with this content: only the reason is added.
        var row = read
            ? new TableEntity(Partition, receipt.ContentHash.Hex)
            : Row($"{UnreadPrefix}{TableKey.Escape(receipt.BlobName)}.{TableKey.Escape(versionTag)}", receipt);
        row["Rejected"] = reason;
        await _table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<IReadOnlyList<UploadRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var records = new List<UploadRecord>();
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            var blobName = e.GetString("BlobName") ?? "";
            records.Add(new UploadRecord(
                blobName,
                e.GetString("Committee"),
                e.GetInt64("Size") ?? 0,
                e.RowKey.StartsWith(UnreadPrefix, StringComparison.Ordinal) ? null : e.RowKey,
                e.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue,
                e.GetString("Uploader"),
                e.GetString("Rejected")));
        }

        return records.OrderByDescending(r => r.UploadedAt).ToList();
    }

    private static TableEntity Row(string key, UploadReceipt receipt) => new(Partition, key)
    {
        ["BlobName"] = receipt.BlobName,
        ["Size"] = receipt.Size,
        ["UploadedAt"] = receipt.UploadedAt,
        ["Uploader"] = receipt.Uploader,
        ["Committee"] = receipt.Committee,
    };
}
