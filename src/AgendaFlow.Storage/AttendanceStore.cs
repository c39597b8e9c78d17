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
    public async Task<bool> AppendAsync(MeetingId meeting, AttendanceAnswer answer, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKey.Escape(meeting.Value), EvidenceKey(answer.Channel, answer.Reference))
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
