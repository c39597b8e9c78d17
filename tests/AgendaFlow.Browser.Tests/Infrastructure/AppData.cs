using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace AgendaFlow.Browser.Tests.Infrastructure;

/// <summary>Puts what a chair and a secretariat would into Azurite, and reads the one-click token the app made.</summary>
public sealed class AppData(Azurite azurite)
{
    public Task UploadAgendaAsync(string name, string content) => UploadAsync(Containers.Agendas, name, BinaryData.FromString(content));

    /// <summary>A file as uploaded with metadata, e.g. a referat the secretariat approved (<c>approved=true</c>).</summary>
    public Task UploadAgendaAsync(string name, byte[] content, IDictionary<string, string> metadata) =>
        UploadAsync(Containers.Agendas, name, BinaryData.FromBytes(content), metadata);

    public Task UploadRosterAsync(string committee, string csv) => UploadAsync("rosters", $"{committee}.csv", BinaryData.FromString(csv));

    private async Task UploadAsync(string container, string name, BinaryData content, IDictionary<string, string>? metadata = null)
    {
        var client = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container);
        await client.CreateIfNotExistsAsync();
        await client.GetBlobClient(name).UploadAsync(content, new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = metadata });
    }

    /// <summary>The chair's token for the check page of an upload held for the chair, as the app stored it (<c>chairchecks</c>).</summary>
    public async Task<string> ChairCheckTokenOfAsync(string blobName, TimeSpan timeout, RunningApp app)
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(ChairCheckStore.TableName);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await table.CreateIfNotExistsAsync();
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == "check"))
            {
                if (row.GetString("SourceBlob") is { } source && source.EndsWith(blobName, StringComparison.Ordinal))
                {
                    return row.RowKey;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No chair's check for {blobName} within {timeout.TotalSeconds} s. The app logged:\n" + string.Join("\n", app.Logs.All));
    }

    /// <summary>The participant's one-click token, as the app stored it in the <c>replytokens</c> table.</summary>
    public async Task<string> TokenOfAsync(string participantKey, TimeSpan timeout, RunningApp app)
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(MeetingStore.TokensTable);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await table.CreateIfNotExistsAsync();
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == "token"))
            {
                if (row.GetString("ParticipantKey") == participantKey)
                {
                    return row.RowKey;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No reply token for {participantKey} within {timeout.TotalSeconds} s. The app logged:\n" + string.Join("\n", app.Logs.All));
    }
}
