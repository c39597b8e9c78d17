using AgendaFlow.Core.Meetings;
using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>meetingdates</c> table: one small row per meeting, keyed by its date (PartitionKey <c>yyyy-MM</c>, RowKey
/// <c>yyyy-MM-dd_ID</c>), so that a timer finds the meetings of a date range with one key-range query instead of
/// reading every meeting ever stored. A meeting's id holds its date, so a meeting never moves in this index.
/// Meetings stored before the index existed are indexed once, on the first range query of a process that finds no
/// mark of it (<see cref="LayoutRow"/>); later saves write their row themselves.
/// </summary>
internal sealed class MeetingDateIndex(TableClient index, TableClient meetings, string meetingPartition)
{
    public const string TableName = "meetingdates";
    private const string LayoutPartition = "_layout";
    private const string LayoutRow = "indexed-v1";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _complete;

    public static TableEntity Row(MeetingId id, DateOnly date, string committee) =>
        new(date.ToString("yyyy-MM"), $"{date:yyyy-MM-dd}_{TableKey.Escape(id.Value)}") { ["Committee"] = committee };

    public Task AddAsync(MeetingId id, DateOnly date, string committee, CancellationToken cancellationToken) =>
        index.UpsertEntityAsync(Row(id, date, committee), TableUpdateMode.Replace, cancellationToken);

    /// <summary>The ids of the meetings dated from <paramref name="from"/> to <paramref name="to"/> (open-ended when null).</summary>
    public async Task<IReadOnlyList<MeetingId>> BetweenAsync(DateOnly from, DateOnly? to, CancellationToken cancellationToken)
    {
        await EnsureCompleteAsync(cancellationToken);
        // '_' separates the date from the id: a RowKey below "DATE`" is a meeting on or before DATE.
        var filter = to is { } last
            ? TableClient.CreateQueryFilter(
                $"PartitionKey ge {from.ToString("yyyy-MM")} and PartitionKey le {last.ToString("yyyy-MM")} and RowKey ge {from.ToString("yyyy-MM-dd")} and RowKey lt {last.ToString("yyyy-MM-dd") + "`"}")
            : TableClient.CreateQueryFilter(
                $"PartitionKey ge {from.ToString("yyyy-MM")} and PartitionKey lt {LayoutPartition} and RowKey ge {from.ToString("yyyy-MM-dd")}");
        var ids = new List<MeetingId>();
        await foreach (var row in index.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            ids.Add(new MeetingId(TableKey.Unescape(row.RowKey[(row.RowKey.IndexOf('_', StringComparison.Ordinal) + 1)..])));
        }

        return ids;
    }

    private async Task EnsureCompleteAsync(CancellationToken cancellationToken)
    {
        if (_complete)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_complete)
            {
                return;
            }

            if (!(await index.GetEntityIfExistsAsync<TableEntity>(LayoutPartition, LayoutRow, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue)
            {
                await IndexExistingAsync(cancellationToken);
                await index.UpsertEntityAsync(new TableEntity(LayoutPartition, LayoutRow) { ["At"] = DateTimeOffset.UtcNow }, cancellationToken: cancellationToken);
            }

            _complete = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Once per store: an index row for every meeting already there, reading only the key columns.</summary>
    private async Task IndexExistingAsync(CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var e in meetings.QueryAsync<TableEntity>(
            x => x.PartitionKey == meetingPartition, select: ["RowKey", "Date", "Committee"], cancellationToken: cancellationToken))
        {
            if (DateOnly.TryParseExact(e.GetString("Date"), "yyyy-MM-dd", out var date))
            {
                rows.Add(Row(new MeetingId(TableKey.Unescape(e.RowKey)), date, e.GetString("Committee") ?? ""));
            }
        }

        foreach (var batch in rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)))
        {
            await index.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }
    }
}
