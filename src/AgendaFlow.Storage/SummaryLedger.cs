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

    /// <summary>Each seat's <see cref="Seat.Mark"/> as last sent, by member key; empty before the first summary.</summary>
    public async Task<IReadOnlyDictionary<string, string>> LastSeenAsync(MeetingId meeting, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(meeting.Value), "last", cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value?.GetString("Seats") is not { } json)
        {
            return new Dictionary<string, string>();
        }

        return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
    }

    public async Task RememberAsync(AttendanceOverview overview, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(TableKey.Escape(overview.Meeting.Id.Value), "last")
            {
                ["Seats"] = JsonSerializer.Serialize(overview.Seats.ToDictionary(s => s.Member.Key, s => s.Mark)),
                ["SentAt"] = sentAt,
            },
            TableUpdateMode.Replace,
            cancellationToken);
}
