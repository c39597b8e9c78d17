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
    public const string DatesTable = MeetingDateIndex.TableName;
    private const string Partition = "meeting";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TableClient _meetings = clients.Tables.GetTableClient(MeetingsTable);
    private readonly TableClient _tokens = clients.Tables.GetTableClient(TokensTable);
    private MeetingDateIndex? _dates;

    private MeetingDateIndex Dates => LazyInitializer.EnsureInitialized(
        ref _dates, () => new MeetingDateIndex(clients.Tables.GetTableClient(MeetingDateIndex.TableName), _meetings, Partition));

    public async Task<StoredMeeting?> GetAsync(MeetingId id, CancellationToken cancellationToken)
    {
        var row = await _meetings.GetEntityIfExistsAsync<TableEntity>(Partition, TableKey.Escape(id.Value), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e ? ToStored(e) : null;
    }

    /// <summary>
    /// The meetings dated from <paramref name="from"/> to <paramref name="to"/> (no end when null), found by their date
    /// key: a run reads the meetings it works on, not the years of history before them.
    /// </summary>
    public async Task<IReadOnlyList<StoredMeeting>> ListBetweenAsync(DateOnly from, DateOnly? to, CancellationToken cancellationToken)
    {
        var ids = await Dates.BetweenAsync(from, to, cancellationToken);
        var found = new StoredMeeting?[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, ct) => found[i] = await GetAsync(ids[i], ct));
        return found.OfType<StoredMeeting>().ToList();
    }

    /// <summary>Every meeting ever stored: reads the whole history, so no timer uses it.</summary>
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
    /// Stores <paramref name="meeting"/> as the next revision and returns it with the revision before it (null for a
    /// new meeting). The same content again is not a new revision: the stored pair is returned as it was, so that a
    /// re-delivered upload plans the very same mails (and the outbox, keyed by them, sends nothing twice).
    /// </summary>
    public async Task<(Meeting? Previous, Meeting Current)> SaveRevisionAsync(
        Meeting meeting, string contentHash, string sourceBlob, CancellationToken cancellationToken)
    {
        var key = TableKey.Escape(meeting.Id.Value);
        while (true)
        {
            var existing = await _meetings.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: cancellationToken);
            var row = existing.HasValue ? existing.Value : null;
            if (row is not null && row.GetString("ContentHash") == contentHash)
            {
                return (Deserialize(LongStringColumn.Read(row, "PreviousJson")), Deserialize(LongStringColumn.Read(row, "Json"))!);
            }

            var previous = row is null ? null : Deserialize(LongStringColumn.Read(row, "Json"));
            // Stand-ins were invited on a member's behalf, not by the agenda: a new revision keeps them (and their token).
            var standIns = previous?.Participants
                .Where(p => p.Role == Core.Attendance.SeatRoles.StandIn && !meeting.Participants.Any(n => string.Equals(n.Key, p.Key, StringComparison.OrdinalIgnoreCase)))
                .ToList() ?? [];
            var current = meeting with { Revision = previous is null ? 0 : previous.Revision + 1, Participants = [.. meeting.Participants, .. standIns] };
            var entity = new TableEntity(Partition, key)
            {
                ["Revision"] = current.Revision,
                ["ContentHash"] = contentHash,
                ["SourceBlob"] = sourceBlob,
                ["Committee"] = meeting.Committee,
                ["Date"] = meeting.Date.ToString("yyyy-MM-dd"),
            };
            LongStringColumn.Write(entity, "Json", JsonSerializer.Serialize(current, Json));
            LongStringColumn.Write(entity, "PreviousJson", previous is null ? null : JsonSerializer.Serialize(previous, Json));
            // The index row first: one without its meeting yet is passed over; a meeting without one would be missed.
            await Dates.AddAsync(meeting.Id, meeting.Date, meeting.Committee, cancellationToken);
            try
            {
                // Optimistic concurrency: of two uploads racing here one wins, the other reads the winner and retries.
                if (row is not null)
                {
                    await _meetings.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _meetings.AddEntityAsync(entity, cancellationToken);
                }

                return (previous, current);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
            }
        }
    }

    /// <summary>
    /// Adds someone to the meeting's participants in its current revision (a stand-in named in a reply): the
    /// agenda is the same, so this is no new revision and nobody else hears of it. Returns the meeting as stored.
    /// </summary>
    public async Task<Meeting?> AddParticipantAsync(MeetingId id, Invitee participant, CancellationToken cancellationToken)
    {
        var key = TableKey.Escape(id.Value);
        while (true)
        {
            var existing = await _meetings.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: cancellationToken);
            if (!existing.HasValue || existing.Value is not { } row)
            {
                return null;
            }

            var meeting = Deserialize(LongStringColumn.Read(row, "Json"))!;
            if (meeting.Participants.Any(p => string.Equals(p.Key, participant.Key, StringComparison.OrdinalIgnoreCase)))
            {
                return meeting;
            }

            var updated = meeting with { Participants = [.. meeting.Participants, participant] };
            LongStringColumn.Write(row, "Json", JsonSerializer.Serialize(updated, Json));
            try
            {
                await _meetings.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return updated;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
            }
        }
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

    /// <summary>
    /// The tokens of many participants at once, as <see cref="TokenForAsync"/> makes them one by one: the meeting's
    /// existing tokens in one query, the new ones written in transactions of up to 100 rows (one partition each).
    /// A batch that loses a race to another writer falls back to the one-by-one path, which returns the winner's.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ReplyToken>> TokensForAsync(
        MeetingId meeting, IReadOnlyCollection<Invitee> participants, CancellationToken cancellationToken)
    {
        var tokens = new Dictionary<string, ReplyToken>(StringComparer.Ordinal);
        var prefix = TableKey.Escape(meeting.Value + "\n");
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq 'owner' and RowKey ge {prefix} and RowKey lt {end}");
        await foreach (var row in _tokens.QueryAsync<TableEntity>(filter, select: ["RowKey", "Token"], cancellationToken: cancellationToken))
        {
            tokens[TableKey.Unescape(row.RowKey)[(meeting.Value.Length + 1)..]] = new ReplyToken(row.GetString("Token")!);
        }

        var missing = participants.Select(p => p.Key).Distinct(StringComparer.Ordinal).Where(k => !tokens.ContainsKey(k)).ToList();
        foreach (var batch in missing.Chunk(100))
        {
            var made = batch.ToDictionary(k => k, _ => ReplyToken.New(), StringComparer.Ordinal);
            await _tokens.SubmitTransactionAsync(
                made.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity("token", m.Value.Value) { ["MeetingId"] = meeting.Value, ["ParticipantKey"] = m.Key })),
                cancellationToken);
            try
            {
                await _tokens.SubmitTransactionAsync(
                    made.Select(m => new TableTransactionAction(TableTransactionActionType.Add,
                        new TableEntity("owner", TableKey.Escape($"{meeting.Value}\n{m.Key}")) { ["Token"] = m.Value.Value })),
                    cancellationToken);
                foreach (var (key, token) in made)
                {
                    tokens[key] = token;
                }
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                foreach (var participant in participants.Where(p => made.ContainsKey(p.Key)).DistinctBy(p => p.Key))
                {
                    tokens[participant.Key] = await TokenForAsync(meeting, participant, cancellationToken);
                }
            }
        }

        return tokens;
    }

    public async Task<TokenOwner?> FindTokenAsync(ReplyToken token, CancellationToken cancellationToken)
    {
        var row = await _tokens.GetEntityIfExistsAsync<TableEntity>("token", token.Value, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e
            ? new TokenOwner(new MeetingId(e.GetString("MeetingId")!), e.GetString("ParticipantKey")!)
            : null;
    }

    private static Meeting? Deserialize(string? json) => json is null ? null : JsonSerializer.Deserialize<Meeting>(json, Json);

    private static StoredMeeting ToStored(TableEntity e) => new(
        Deserialize(LongStringColumn.Read(e, "Json"))!,
        e.GetString("ContentHash") ?? "",
        e.GetString("SourceBlob") ?? "");
}
