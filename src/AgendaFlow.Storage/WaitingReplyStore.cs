using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>manualreplies</c> table: one row per mail filed for manual handling, with the meeting and participant it
/// was tied to when that is known, who sent it and when, and how the reader read it (intent, where, rule). Never its
/// content (it may give a reason for an absence).
/// Partitioned by meeting (<c>ukendt</c> when none), keyed by the mail's Message-Id, so filing it again is one row.
/// </summary>
public sealed class WaitingReplyStore(StorageClients clients)
{
    public const string TableName = "manualreplies";
    private const string NoMeeting = "ukendt";
    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);

    /// <summary>
    /// Records the case; false when this mail was recorded before. <paramref name="reading"/> is the reader's safe
    /// evidence (intent, where, rule), which holds none of the sender's words.
    /// </summary>
    public async Task<bool> AddAsync(MeetingId? meeting, string? participantKey, string sender, DateTimeOffset receivedAt, string evidence, string? reading, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(evidence)))[..32];
        try
        {
            await _table.AddEntityAsync(new TableEntity(Partition(meeting), id)
            {
                ["MeetingId"] = meeting?.Value,
                ["ParticipantKey"] = participantKey,
                ["Sender"] = sender,
                ["ReceivedAt"] = receivedAt,
                ["Reading"] = reading,
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The cases of a meeting, or with <c>null</c> those tied to no meeting; open and closed.</summary>
    public async Task<IReadOnlyList<WaitingReply>> ForMeetingAsync(MeetingId? meeting, CancellationToken cancellationToken)
    {
        var partition = Partition(meeting);
        var cases = new List<WaitingReply>();
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            cases.Add(new WaitingReply(
                e.RowKey,
                e.GetString("MeetingId") is { } id ? new MeetingId(id) : null,
                e.GetString("ParticipantKey"),
                e.GetString("Sender") ?? "",
                e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
                e.GetString("ClosedBy"),
                e.GetDateTimeOffset("ClosedAt"))
            {
                Reading = e.GetString("Reading"),
            });
        }

        return cases.OrderBy(c => c.ReceivedAt).ToList();
    }

    /// <summary>Closes a case once its answer is recorded; false when there is no such open case.</summary>
    public async Task<bool> CloseAsync(MeetingId? meeting, string id, string closedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition(meeting), id, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } e || e.GetString("ClosedBy") is not null)
        {
            return false;
        }

        e["ClosedBy"] = closedBy;
        e["ClosedAt"] = at;
        try
        {
            await _table.UpdateEntityAsync(e, e.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private static string Partition(MeetingId? meeting) => meeting is { } m ? TableKey.Escape(m.Value) : NoMeeting;
}
