using System.Text;
using AgendaFlow.Core.Rosters;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AgendaFlow.Storage;

/// <summary>The <c>agendas</c> container, and <c>agendas-rejected</c> beside it for files that cannot be used.</summary>
public sealed class AgendaStore
{
    private readonly BlobContainerClient _agendas;
    private readonly BlobContainerClient _rejected;
    private readonly BlobContainerClient _rosters;

    public AgendaStore(StorageClients clients)
    {
        _agendas = clients.Blobs.GetBlobContainerClient(Containers.Agendas);
        _rejected = clients.Blobs.GetBlobContainerClient(Containers.RejectedAgendas);
        _rosters = clients.Blobs.GetBlobContainerClient(Containers.Rosters);
    }

    public async IAsyncEnumerable<AgendaBlobListing> ListAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in _agendas.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            yield return new AgendaBlobListing(
                item.Name,
                VersionTag(item.Properties.ETag),
                item.Properties.ContentLength ?? 0,
                item.Properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }

    public async Task<BlobProperties?> GetPropertiesAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await _agendas.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Reads the blob; null when it was deleted before we got to it.</summary>
    public async Task<AgendaBlob?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var result = (await _agendas.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value;
            var details = result.Details;
            return new AgendaBlob(
                name,
                VersionTag(details.ETag),
                result.Content.ToMemory(),
                details.CreatedOn == default ? details.LastModified : details.CreatedOn,
                new Dictionary<string, string>(details.Metadata, StringComparer.OrdinalIgnoreCase));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Copies the blob to <c>agendas-rejected/</c> under the same name with <c>NAME.reason.txt</c> beside it. The
    /// original stays where the chair put it: nothing they uploaded is lost.
    /// </summary>
    public async Task RejectAsync(string name, string reason, CancellationToken cancellationToken)
    {
        var target = _rejected.GetBlobClient(name);
        try
        {
            var copy = await target.StartCopyFromUriAsync(_agendas.GetBlobClient(name).Uri, cancellationToken: cancellationToken);
            await copy.WaitForCompletionAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Another delivery of the same upload is copying it right now (blob events come at least once); its
            // copy is the same file.
        }

        await _rejected.GetBlobClient(name + ".reason.txt").UploadAsync(
            BinaryData.FromString(reason + "\n"),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
            cancellationToken);
    }

    /// <summary>The folder of <c>agendas-rejected</c> for files whose very name was refused; no committee name has a space.</summary>
    public const string RefusedNamesFolder = "ugyldige filnavne";

    /// <summary>
    /// Explains in <c>agendas-rejected/ugyldige filnavne/{hash}.reason.txt</c> why a file's name was refused. The
    /// name itself is never used as a path: it may climb out of the container, or be too long to store anywhere.
    /// Returns the reason file's name.
    /// </summary>
    public async Task<string> RefuseNameAsync(string name, string shownName, string reason, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];
        var reasonName = $"{RefusedNamesFolder}/{hash}.reason.txt";
        await _rejected.GetBlobClient(reasonName).UploadAsync(
            BinaryData.FromString($"Filen »{shownName}« i agendas blev ikke læst. {reason}\nFilen ligger stadig i agendas; slet den, og læg den op igen under et andet navn.\n"),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
            cancellationToken);
        return reasonName;
    }

    /// <summary>
    /// The blob's ETag as plain text. Listings and downloads quote it differently (Azurite does), and the watcher
    /// compares one with the other.
    /// </summary>
    public static string VersionTag(ETag? etag) => etag?.ToString().Trim('"') ?? "";

    /// <summary>The committee's member list, <c>rosters/{committee}.csv</c>; empty when there is none.</summary>
    public async Task<Roster> ReadRosterAsync(string committee, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _rosters.GetBlobClient($"{committee}.csv").DownloadContentAsync(cancellationToken);
            return Roster.Read(result.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return Roster.Empty;
        }
    }

    /// <summary>Every committee's roster.</summary>
    public async Task<IReadOnlyList<(string Committee, Roster Roster)>> ReadRostersAsync(CancellationToken cancellationToken)
    {
        var rosters = new List<(string, Roster)>();
        await foreach (var item in _rosters.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (item.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                var content = await _rosters.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken);
                rosters.Add((item.Name[..^4], Roster.Read(content.Value.Content.ToMemory().Span)));
            }
        }

        return rosters;
    }

    /// <summary>Puts a file into <c>agendas/</c> as a chair's upload would; the blob trigger takes it from there.</summary>
    public async Task UploadAsync(string name, ReadOnlyMemory<byte> content, string uploader, CancellationToken cancellationToken) =>
        await _agendas.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["uploader"] = uploader } },
            cancellationToken);
}
