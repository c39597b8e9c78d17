using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace AgendaFlow.Storage;

/// <summary>
/// The blob and table service clients for the account in <c>AzureWebJobsStorage</c>: a connection string locally
/// (Azurite), or <c>AzureWebJobsStorage__accountName</c> with a managed identity in Azure, the same way the
/// Functions host reads an identity-based connection.
/// </summary>
public sealed class StorageClients
{
    public const string SettingName = "AzureWebJobsStorage";

    public StorageClients(BlobServiceClient blobs, TableServiceClient tables)
    {
        Blobs = blobs;
        Tables = tables;
    }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    /// <param name="observer">Put in both clients' pipelines to see every answer from storage; optional.</param>
    public static StorageClients FromConfiguration(IConfiguration configuration, HttpPipelinePolicy? observer = null)
    {
        var section = configuration.GetSection(SettingName);
        var connectionString = section.Value;
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageClients(
                new BlobServiceClient(connectionString, StorageRetry.Apply(new BlobClientOptions(), observer)),
                new TableServiceClient(connectionString, StorageRetry.Apply(new TableClientOptions(), observer)));
        }

        var accountName = section["accountName"];
        var blobUri = section["blobServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.blob.core.windows.net");
        var tableUri = section["tableServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.table.core.windows.net");
        if (blobUri is null || tableUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {SettingName} to a connection string, or {SettingName}__accountName " +
                "for a managed identity.");
        }

        TokenCredential credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            // A user-assigned identity is named by its client id, as the Functions host expects.
            ManagedIdentityClientId = section["clientId"],
        });
        return new StorageClients(
            new BlobServiceClient(new Uri(blobUri), credential, StorageRetry.Apply(new BlobClientOptions(), observer)),
            new TableServiceClient(new Uri(tableUri), credential, StorageRetry.Apply(new TableClientOptions(), observer)));
    }
}
