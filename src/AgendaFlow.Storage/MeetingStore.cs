using System.Text.Json;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>A meeting as stored, with the revision it is at and the upload it came from.</summary>
public sealed record StoredMeeting(Meeting Meeting, string ContentHash, string SourceBlob);

/// <summary>A participant's personal reply token, and what it points at.</summary>
public sealed record TokenOwner(MeetingId MeetingId, string ParticipantKey);

/// <summary>
/// The <c>meetings</c> table (one row per meeting, the meeting itself as JSON) and the <c>replytokens</c> table
/// (token → meeting and participant), so that a reply or a one-click link finds its meeting without a scan.
/// </summary>
public sealed class MeetingStore(StorageClients clients)
{
    public const string MeetingsTable = "meetings";
    public const string TokensTable = "replytokens";
    private const string Partition = "meeting";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TableClient _meetings = clients.Tables.GetTableClient(MeetingsTable);
    private readonly TableClient _tokens = clients.Tables.GetTableClient(TokensTable);

    public async Task<StoredMeeting?> GetAsync(MeetingId id, CancellationToken cancellationToken)
    {
        var row = await _meetings.GetEntityIfExistsAsync<TableEntity>(Partition, TableKey.Escape(id.Value), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e ? ToStored(e) : null;
    }

    public async Task<IReadOnlyList<StoredMeeting>> ListAsync(CancellationToken cancellationToken)
    {
        var meetings = new List<StoredMeeting>();
        await foreach (var e in _meetings.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            meetings.Add(ToStored(e));
        }

        return meetings;
    }

    /// <summary>
    /// Stores <paramref name="meeting"/> as the next revision, unless the same content is already stored. Returns the
    /// previous revision (null for a new meeting) and the stored one, or null when nothing changed.
    /// </summary>
    public async Task<(StoredMeeting? Previous, StoredMeeting Current)?> SaveRevisionAsync(
        Meeting meeting, string contentHash, string sourceBlob, CancellationToken cancellationToken)
    {
        var key = TableKey.Escape(meeting.Id.Value);
        var existing = await _meetings.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: cancellationToken);
        var previous = existing.HasValue && existing.Value is { } row ? ToStored(row) : null;
        if (previous is not null && previous.ContentHash == contentHash)
        {
            return null;
        }

        var current = new StoredMeeting(meeting with { Revision = previous is null ? 0 : previous.Meeting.Revision + 1 }, contentHash, sourceBlob);
        var entity = new TableEntity(Partition, key)
        {
            ["Json"] = JsonSerializer.Serialize(current.Meeting, Json),
            ["Revision"] = current.Meeting.Revision,
            ["ContentHash"] = contentHash,
            ["SourceBlob"] = sourceBlob,
            ["Committee"] = meeting.Committee,
            ["Date"] = meeting.Date.ToString("yyyy-MM-dd"),
        };
        try
        {
            // Optimistic concurrency: two deliveries of the same upload race here, and only one revision wins.
            if (existing.HasValue && existing.Value is { } old)
            {
                await _meetings.UpdateEntityAsync(entity, old.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await _meetings.AddEntityAsync(entity, cancellationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }

        return (previous, current);
    }

    /// <summary>The participant's token for this meeting, made once and kept across revisions.</summary>
    public async Task<ReplyToken> TokenForAsync(MeetingId meeting, Invitee participant, CancellationToken cancellationToken)
    {
        var owner = $"{meeting.Value}\n{participant.Key}";
        var index = await _tokens.GetEntityIfExistsAsync<TableEntity>("owner", TableKey.Escape(owner), cancellationToken: cancellationToken);
        if (index.HasValue && index.Value is { } found)
        {
            return new ReplyToken(found.GetString("Token")!);
        }

        var token = ReplyToken.New();
        await _tokens.UpsertEntityAsync(new TableEntity("token", token.Value)
        {
            ["MeetingId"] = meeting.Value,
            ["ParticipantKey"] = participant.Key,
        }, cancellationToken: cancellationToken);
        try
        {
            await _tokens.AddEntityAsync(new TableEntity("owner", TableKey.Escape(owner)) { ["Token"] = token.Value }, cancellationToken);
            return token;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Someone made one first; theirs is the one in use.
            var winner = await _tokens.GetEntityAsync<TableEntity>("owner", TableKey.Escape(owner), cancellationToken: cancellationToken);
            return new ReplyToken(winner.Value.GetString("Token")!);
        }
    }

    public async Task<TokenOwner?> FindTokenAsync(ReplyToken token, CancellationToken cancellationToken)
    {
        var row = await _tokens.GetEntityIfExistsAsync<TableEntity>("token", token.Value, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e
            ? new TokenOwner(new MeetingId(e.GetString("MeetingId")!), e.GetString("ParticipantKey")!)
            : null;
    }

    private static StoredMeeting ToStored(TableEntity e) => new(
        JsonSerializer.Deserialize<Meeting>(e.GetString("Json")!, Json)!,
        e.GetString("ContentHash") ?? "",
        e.GetString("SourceBlob") ?? "");
}
