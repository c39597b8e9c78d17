using AgendaFlow.Core.Uploads;
using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>uploads</c> table: one row per distinct agenda file content. Keyed by the content hash, so the same file
/// uploaded twice (or delivered twice by an at-least-once trigger) is one record.
/// </summary>
public sealed class UploadLedger
{
    public const string TableName = "uploads";
    private const string Partition = "upload";
    private readonly TableClient _table;

    public UploadLedger(StorageClients clients) => _table = clients.Tables.GetTableClient(TableName);

    /// <summary>Records the upload; false when this content was already recorded.</summary>
    public async Task<bool> RecordAsync(UploadReceipt receipt, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, receipt.ContentHash.Hex)
        {
            ["BlobName"] = receipt.BlobName,
            ["Size"] = receipt.Size,
            ["UploadedAt"] = receipt.UploadedAt,
            ["Uploader"] = receipt.Uploader,
            ["Committee"] = receipt.Committee,
        };
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<UploadReceipt>> ListAsync(CancellationToken cancellationToken)
    {
        var receipts = new List<UploadReceipt>();
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            receipts.Add(new UploadReceipt(
                e.GetString("BlobName") ?? "",
                e.GetInt64("Size") ?? 0,
                new ContentHash(e.RowKey),
                e.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue,
                e.GetString("Uploader")));
        }

        return receipts.OrderByDescending(r => r.UploadedAt).ToList();
    }
}
