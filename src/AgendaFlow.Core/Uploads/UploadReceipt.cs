namespace AgendaFlow.Core.Uploads;

/// <summary>What AgendaFlow knows about one uploaded agenda file once it has read it.</summary>
/// <param name="BlobName">The name inside the agendas container, e.g. "sundhed/dagsorden-2026-12-10.docx".</param>
/// <param name="Uploader">Who uploaded it, from the blob's "uploader" metadata; null when not given.</param>
public sealed record UploadReceipt(
    string BlobName,
    long Size,
    ContentHash ContentHash,
    DateTimeOffset UploadedAt,
    string? Uploader)
{
    /// <summary>The committee is the first folder of the blob name; flat uploads have none.</summary>
    public string? Committee => BlobName.Contains('/') ? BlobName[..BlobName.IndexOf('/')] : null;
}
