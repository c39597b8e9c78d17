using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace AgendaFlow.Browser.Tests.Infrastructure;

/// <summary>Puts what a chair and a secretariat would into Azurite, and reads the one-click token the app made.</summary>
public sealed class AppData(Azurite azurite)
{
    public Task UploadAgendaAsync(string name, string content) => UploadAsync(Containers.Agendas, name, content);

    public Task UploadRosterAsync(string committee, string csv) => UploadAsync("rosters", $"{committee}.csv", csv);

    private async Task UploadAsync(string container, string name, string content)
    {
        var client = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container);
        await client.CreateIfNotExistsAsync();
        await client.GetBlobClient(name).UploadAsync(BinaryData.FromString(content), overwrite: true);
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
