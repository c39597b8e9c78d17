using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>attendance</c> table: every answer for a meeting, never changed or deleted (the history the secretariat
/// can trace). One row per piece of evidence, keyed by it, so the same mail or click recorded twice is one row.
/// Absence reasons are not stored: they can be health data, and no summary, page or referat may show them.
/// </summary>
public sealed class AttendanceStore(StorageClients clients)
{
    public const string TableName = "attendance";
    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);

    /// <summary>Appends the answer; false when this evidence was recorded before.</summary>
    public Task<bool> AppendAsync(MeetingId meeting, AttendanceAnswer answer, CancellationToken cancellationToken) =>
        AddAsync(Row(meeting, answer), cancellationToken);

    /// <summary>
    /// Appends many answers to one meeting in table transactions of up to 100 rows (one partition), as
    /// <see cref="AppendAsync"/> would one by one. A transaction that meets evidence recorded before is redone row by
    /// row, so what was there stays and the rest is added. Returns how many were added.
    /// </summary>
    public async Task<int> AppendManyAsync(MeetingId meeting, IReadOnlyList<AttendanceAnswer> answers, CancellationToken cancellationToken)
    {
        var added = 0;
        // The same evidence twice in one transaction would fail it as a whole; once is what it records anyway.
        var rows = answers.Select(a => Row(meeting, a)).DistinctBy(r => r.RowKey, StringComparer.Ordinal);
        foreach (var batch in rows.Chunk(100))
        {
            try
            {
                await _table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), cancellationToken);
                added += batch.Length;
            }
            catch (TableTransactionFailedException)
            {
                foreach (var row in batch)
                {
                    added += await AddAsync(row, cancellationToken) ? 1 : 0;
                }
            }
        }

        return added;
    }

    private static TableEntity Row(MeetingId meeting, AttendanceAnswer answer) =>
        new(TableKey.Escape(meeting.Value), EvidenceKey(answer.Channel, answer.Reference))
        {
            ["ParticipantKey"] = answer.ParticipantKey,
            ["Status"] = answer.Status.ToString(),
            ["At"] = answer.At,
            ["Channel"] = answer.Channel.ToString(),
            ["Reference"] = answer.Reference,
            ["StandInName"] = answer.StandIn?.Name,
            ["StandInEmail"] = answer.StandIn?.Email,
            ["RecordedBy"] = answer.RecordedBy,
        };

    private async Task<bool> AddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<AttendanceAnswer>> HistoryAsync(MeetingId meeting, CancellationToken cancellationToken)
    {
        var answers = new List<AttendanceAnswer>();
        var partition = TableKey.Escape(meeting.Value);
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            var standInName = e.GetString("StandInName");
            answers.Add(new AttendanceAnswer(
                e.GetString("ParticipantKey") ?? "",
                Enum.Parse<AttendanceStatus>(e.GetString("Status") ?? nameof(AttendanceStatus.NoAnswer)),
                e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                Enum.Parse<AnswerChannel>(e.GetString("Channel") ?? nameof(AnswerChannel.Email)),
                e.GetString("Reference") ?? "",
                standInName is null ? null : new Invitee(standInName, e.GetString("StandInEmail")),
                e.GetString("RecordedBy")));
        }

        return answers.OrderBy(a => a.At).ToList();
    }

    private static string EvidenceKey(AnswerChannel channel, string reference) =>
        $"{channel}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)))[..32]}";
}
