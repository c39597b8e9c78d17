using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>agendawatch</c> table: which version (ETag) of each agenda blob has been handed to AgendaUploaded, so that
/// a restart of the standalone watcher does not redo work, and a changed blob is seen as changed.
/// </summary>
public sealed class AgendaWatchLedger
{
    public const string TableName = "agendawatch";
    private const string Partition = "agendas";
    private readonly TableClient _table;

    public AgendaWatchLedger(StorageClients clients) => _table = clients.Tables.GetTableClient(TableName);

    public async Task<Dictionary<string, string>> LoadAsync(CancellationToken cancellationToken)
    {
        var handled = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var e in _table.QueryAsync<TableEntity>(
            x => x.PartitionKey == Partition, select: ["RowKey", "BlobETag"], cancellationToken: cancellationToken))
        {
            handled[TableKey.Unescape(e.RowKey)] = e.GetString("BlobETag") ?? "";
        }

        return handled;
    }

    public async Task RememberAsync(string blobName, string etag, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(Partition, TableKey.Escape(blobName)) { ["BlobETag"] = etag },
            TableUpdateMode.Replace,
            cancellationToken);
}
