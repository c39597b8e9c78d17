using System.Text.Json;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>summaries</c> table: each meeting's attendance as the secretariat last saw it in a summary, so the next
/// one can mark what is new and stay quiet when nothing is.
/// </summary>
public sealed class SummaryLedger(StorageClients clients)
{
    public const string TableName = "summaries";
    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);

    public async Task<IReadOnlyDictionary<string, AttendanceStatus>> LastSeenAsync(MeetingId meeting, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(meeting.Value), "last", cancellationToken: cancellationToken);
        return row.HasValue && row.Value?.GetString("Statuses") is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, AttendanceStatus>>(json) ?? []
            : new Dictionary<string, AttendanceStatus>();
    }

    public async Task RememberAsync(AttendanceOverview overview, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(TableKey.Escape(overview.Meeting.Id.Value), "last")
            {
                ["Statuses"] = JsonSerializer.Serialize(overview.Rows.ToDictionary(r => r.Invitee.Key, r => r.Status)),
                ["SentAt"] = sentAt,
            },
            TableUpdateMode.Replace,
            cancellationToken);
}
