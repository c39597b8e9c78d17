using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>timeroccurrences</c> table: per timer function, the Copenhagen-time occurrence it last ran. A run claims
/// its occurrence with the row's ETag, so of two ticks that see the same occurrence (a retry, a second instance)
/// only one runs it; a failed run gives the claim back, so the next tick tries again.
/// </summary>
public sealed class TimerOccurrenceStore
{
    public const string TableName = "timeroccurrences";
    private const string Partition = "timers";
    private const string LastRunColumn = "LastOccurrence";
    private readonly TableClient _table;

    public TimerOccurrenceStore(StorageClients clients) => _table = clients.Tables.GetTableClient(TableName);

    public async Task<TimerRecord> GetAsync(string functionName, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, functionName, cancellationToken: cancellationToken);
        return row.HasValue
            ? new TimerRecord(functionName, row.Value!.GetDateTimeOffset(LastRunColumn), row.Value.ETag)
            : new TimerRecord(functionName, null, null);
    }

    /// <summary>Records <paramref name="occurrence"/> as run if the row is still as read; false when another run got there first.</summary>
    public async Task<TimerRecord?> TryClaimAsync(TimerRecord read, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, read.FunctionName) { [LastRunColumn] = occurrence };
        try
        {
            var response = read.ETag is { } etag
                ? await _table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken)
                : await _table.AddEntityAsync(entity, cancellationToken);
            return new TimerRecord(read.FunctionName, occurrence, response.Headers.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>Puts back what the row said before <paramref name="claim"/>, unless someone has written it since.</summary>
    public async Task ReleaseAsync(TimerRecord claim, DateTimeOffset? previous, CancellationToken cancellationToken)
    {
        if (claim.ETag is not { } etag)
        {
            return;
        }

        try
        {
            if (previous is null)
            {
                await _table.DeleteEntityAsync(Partition, claim.FunctionName, etag, cancellationToken);
            }
            else
            {
                await _table.UpdateEntityAsync(
                    new TableEntity(Partition, claim.FunctionName) { [LastRunColumn] = previous.Value }, etag, TableUpdateMode.Replace, cancellationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Someone ran a later occurrence since; theirs stands.
        }
    }
}

/// <summary>A timer's row as read: the occurrence last run (none yet: null) and the ETag to claim the next one with.</summary>
public sealed record TimerRecord(string FunctionName, DateTimeOffset? LastOccurrence, ETag? ETag);
