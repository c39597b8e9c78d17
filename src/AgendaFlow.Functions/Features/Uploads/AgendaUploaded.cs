using AgendaFlow.Core.Uploads;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Uploads;

/// <summary>
/// A chair's file arrived in <c>agendas/</c>: record it once per distinct content, or, when it cannot be read,
/// copy it to <c>agendas-rejected/</c> with the reason beside it. The original is never touched.
/// </summary>
public sealed class AgendaUploaded(
    AgendaStore agendas,
    UploadLedger uploads,
    AgendaWatchLedger watch,
    ILogger<AgendaUploaded> logger) : IBlobFunction
{
    public const string UploaderMetadataKey = "uploader";

    public async Task RunAsync(string blobName, CancellationToken cancellationToken)
    {
        var properties = await agendas.GetPropertiesAsync(blobName, cancellationToken);
        if (properties is null)
        {
            logger.LogInformation("Agenda {BlobName} was deleted before it could be read; nothing to do", blobName);
            return;
        }

        var reason = UploadLimits.ReasonToReject(properties.ContentLength);
        if (reason is not null)
        {
            await agendas.RejectAsync(blobName, reason, cancellationToken);
            await watch.RememberAsync(blobName, AgendaStore.VersionTag(properties.ETag), cancellationToken);
            logger.LogWarning("Agenda {BlobName} rejected: {Reason}", blobName, reason);
            return;
        }

        var blob = await agendas.ReadAsync(blobName, cancellationToken);
        if (blob is null)
        {
            logger.LogInformation("Agenda {BlobName} was deleted while it was read; nothing to do", blobName);
            return;
        }

        var receipt = new UploadReceipt(
            blob.Name,
            blob.Content.Length,
            ContentHash.Of(blob.Content.Span),
            blob.UploadedAt,
            blob.Metadata.GetValueOrDefault(UploaderMetadataKey));
        var isNew = await uploads.RecordAsync(receipt, cancellationToken);
        await watch.RememberAsync(blobName, blob.ETag, cancellationToken);
        logger.LogInformation(
            isNew ? "Agenda {BlobName} recorded ({Size} bytes, {ContentHash})" : "Agenda {BlobName} already recorded ({Size} bytes, {ContentHash})",
            blobName, receipt.Size, receipt.ContentHash.Hex);
    }
}
