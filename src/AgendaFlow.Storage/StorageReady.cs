namespace AgendaFlow.Storage;

/// <summary>
/// Creates the containers and tables the app uses, once per process and only when first needed: the Functions
/// host waits for the handler to answer at start, so slow work must not happen before that.
/// </summary>
public sealed class StorageReady(StorageClients clients)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            foreach (var container in new[] { Containers.Agendas, Containers.RejectedAgendas, Containers.Rosters, Outbox.ContainerName })
            {
                await clients.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            }

            foreach (var table in new[] { UploadLedger.TableName, AgendaWatchLedger.TableName, MeetingStore.MeetingsTable, MeetingDateIndex.TableName, MeetingStore.TokensTable, Outbox.TableName, Outbox.FinishedTableName, AttendanceStore.TableName, MailboxCursorStore.TableName, SummaryLedger.TableName, ReferatStore.TableName, WaitingReplyStore.TableName, SendPacing.TableName, TimerOccurrenceStore.TableName, ChairCheckStore.TableName })
            {
                await clients.Tables.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken);
            }

            // Only a complete success counts; after a failure the next caller tries again.
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
