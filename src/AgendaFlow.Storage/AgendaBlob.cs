namespace AgendaFlow.Storage;

/// <summary>An agenda file as listed in the container: enough to tell whether it is new or changed.</summary>
public sealed record AgendaBlobListing(string Name, string ETag, long Size, DateTimeOffset LastModified);

/// <summary>An agenda file as read: its bytes and what the blob says about it.</summary>
public sealed record AgendaBlob(
    string Name,
    string ETag,
    ReadOnlyMemory<byte> Content,
    DateTimeOffset UploadedAt,
    IReadOnlyDictionary<string, string> Metadata);
