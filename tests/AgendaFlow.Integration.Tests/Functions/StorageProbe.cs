using System.Text;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AgendaFlow.Integration.Tests.Functions;

/// <summary>Looks at Azurite directly, the way a person would in Storage Explorer.</summary>
internal sealed class StorageProbe(Azurite azurite)
{
    private readonly BlobServiceClient _blobs = new(azurite.ConnectionString);
    private readonly TableServiceClient _tables = new(azurite.ConnectionString);

    public async Task UploadAgendaAsync(string name, string content, string? uploader = null) =>
        await UploadAgendaAsync(name, Encoding.UTF8.GetBytes(content), uploader);

    public async Task UploadAgendaAsync(string name, byte[] content, string? uploader = null)
    {
        var container = _blobs.GetBlobContainerClient(Containers.Agendas);
        await container.CreateIfNotExistsAsync();
        var options = new BlobUploadOptions();
        if (uploader is not null)
        {
            options.Metadata = new Dictionary<string, string> { ["uploader"] = uploader };
        }

        await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), options);
    }

    public async Task<List<TableEntity>> UploadRecordsAsync()
    {
        var table = _tables.GetTableClient(UploadLedger.TableName);
        await table.CreateIfNotExistsAsync();
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task<List<TableEntity>> UploadRecordsForAsync(string blobName) =>
        (await UploadRecordsAsync()).Where(r => r.GetString("BlobName") == blobName).ToList();

    public async Task<TableEntity> WaitForUploadRecordAsync(string blobName, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var rows = await UploadRecordsForAsync(blobName);
            if (rows.Count > 0)
            {
                return rows[0];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{blobName} was not recorded in the uploads table within {timeout.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    public async Task<bool> ExistsAsync(string container, string name) =>
        (await _blobs.GetBlobContainerClient(container).GetBlobClient(name).ExistsAsync()).Value;

    public async Task<string> ReadTextAsync(string container, string name) =>
        (await _blobs.GetBlobContainerClient(container).GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();
}
