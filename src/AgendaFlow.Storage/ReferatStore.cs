using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AgendaFlow.Storage;

/// <summary>A referat upload waiting to be published when approved.</summary>
public sealed record ReferatUpload(string BlobName, string? Committee, string ContentHash);

/// <summary>
/// The referater: the <c>referater</c> table lists the minutes uploaded to <c>agendas/</c>; the publishing
/// container (default <c>referater</c>, or <c>$web</c> for the static website) holds the public site; the
/// <c>referater-kladde</c> container holds the drafts for the secretariat.
/// </summary>
public sealed class ReferatStore(StorageClients clients, string publishingContainer)
{
    public const string TableName = "referater";
    public const string DraftContainer = "referater-kladde";
    private const string Partition = "referat";
    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);
    private readonly BlobContainerClient _site = clients.Blobs.GetBlobContainerClient(publishingContainer);
    private readonly BlobContainerClient _drafts = clients.Blobs.GetBlobContainerClient(DraftContainer);

    public Uri SiteUri => _site.Uri;

    public async Task RecordUploadAsync(ReferatUpload upload, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(Partition, TableKey.Escape(upload.BlobName))
            {
                ["BlobName"] = upload.BlobName,
                ["Committee"] = upload.Committee,
                ["ContentHash"] = upload.ContentHash,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<IReadOnlyList<ReferatUpload>> UploadsAsync(CancellationToken cancellationToken)
    {
        var uploads = new List<ReferatUpload>();
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            uploads.Add(new ReferatUpload(e.GetString("BlobName") ?? "", e.GetString("Committee"), e.GetString("ContentHash") ?? ""));
        }

        return uploads;
    }

    public async Task<string?> ReadSiteFileAsync(string path, CancellationToken cancellationToken)
    {
        await _site.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            return (await _site.GetBlobClient(path).DownloadContentAsync(cancellationToken)).Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>A binary file of the site (the design system's fonts and icons), kept by browsers for a day.</summary>
    public async Task WriteSiteFileAsync(string path, string contentType, byte[] content, CancellationToken cancellationToken) =>
        await _site.GetBlobClient(path).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType, CacheControl = "public, max-age=86400" } },
            cancellationToken);

    public async Task WriteSiteFileAsync(string path, string contentType, string content, CancellationToken cancellationToken) =>
        await _site.GetBlobClient(path).UploadAsync(
            BinaryData.FromBytes(Encoding.UTF8.GetBytes(content)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType, CacheControl = "public, max-age=300" } },
            cancellationToken);

    /// <summary>Writes the draft unless one exists: the secretariat may already be editing it. True when written.</summary>
    public async Task<bool> WriteDraftAsync(string path, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        await _drafts.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            await _drafts.GetBlobClient(path).UploadAsync(
                BinaryData.FromBytes(content),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}
