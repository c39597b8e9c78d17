using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Uploads;

/// <summary>
/// Finds agenda blobs that AgendaUploaded has not handled in their current version and hands them to it. The
/// standalone watcher runs it every few seconds; in Azure the ReconcileAgendas timer runs it as a safety net for
/// blob events that never arrived.
/// </summary>
public sealed class AgendaScan(
    StorageReady storage,
    AgendaStore agendas,
    AgendaWatchLedger watch,
    FunctionCatalog catalog,
    FunctionInvoker invoker,
    ILogger<AgendaScan> logger)
{
    /// <summary>As the Functions host does, a blob version that fails this often is poison and left alone.</summary>
    public const int MaxAttempts = 5;

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _handled;

    /// <summary>Returns how many blobs were handed to AgendaUploaded.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var function = catalog.All.First(f => f.Handler == typeof(AgendaUploaded));
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await storage.EnsureAsync(cancellationToken);
            // The ledger is read once per process; after that this process keeps it current itself.
            _handled ??= await watch.LoadAsync(cancellationToken);
            var handed = 0;
            await foreach (var blob in agendas.ListAsync(cancellationToken))
            {
                if (_handled.TryGetValue(blob.Name, out var etag) && etag == blob.ETag)
                {
                    continue;
                }

                var attempt = $"{blob.Name}\n{blob.ETag}";
                if (_failures.GetValueOrDefault(attempt) >= MaxAttempts)
                {
                    continue;
                }

                handed++;
                try
                {
                    await invoker.InvokeBlobAsync(function, blob.Name, cancellationToken);
                    _handled[blob.Name] = blob.ETag;
                    _failures.Remove(attempt);
                }
                catch (Exception ex) when (ex is not OperationCanceledException && !StorageOutage.IsUnreachable(ex))
                {
                    // Storage being away is no fault of the agenda's, so it does not count towards poison: it stops
                    // the whole scan instead, and the next round hands the agenda over again, as often as it takes.
                    var failures = _failures[attempt] = _failures.GetValueOrDefault(attempt) + 1;
                    if (failures >= MaxAttempts)
                    {
                        logger.LogError("Agenda {BlobName} failed {Failures} times and is left alone until it changes", blob.Name, failures);
                    }
                }
            }

            return handed;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}
