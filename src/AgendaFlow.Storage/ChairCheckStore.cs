using System.Text.Json;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using Azure;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>An upload held for the chair's check: the meeting as understood, why it was held, and what the chair did.</summary>
public sealed record HeldMeeting(
    ReplyToken Token,
    Meeting Understood,
    IReadOnlyList<string> Review,
    string Chair,
    string ContentHash,
    string SourceBlob,
    string? ContentType,
    Meeting? Checked)
{
    /// <summary>A later upload of the same file has come since: this check may no longer send anything.</summary>
    public bool IsSuperseded { get; init; }

    /// <summary>The chair has pressed "Send invitationerne"; <see cref="Checked"/> is what goes out, now and on every retry.</summary>
    public bool IsChecked => Checked is not null;
}

/// <summary>
/// The <c>chairchecks</c> table: meetings awaiting their chair's check, found by the chair's personal token
/// (partition <c>check</c>) and by upload (partition <c>upload</c>, so a re-delivered upload finds the same token).
/// Nothing here is a meeting yet: reminders, summaries and referater only see what the chair has sent.
/// </summary>
public sealed class ChairCheckStore(StorageClients clients)
{
    public const string TableName = "chairchecks";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);

    /// <summary>Holds the upload for its chair and returns the chair's token; the same upload again returns the same token.</summary>
    public async Task<ReplyToken> HoldAsync(
        Meeting understood, IReadOnlyList<string> review, string chair, string contentHash, string sourceBlob, string? contentType,
        CancellationToken cancellationToken)
    {
        var uploadKey = TableKey.Escape($"{sourceBlob}\n{contentHash}");
        var index = await _table.GetEntityIfExistsAsync<TableEntity>("upload", uploadKey, cancellationToken: cancellationToken);
        if (index.HasValue && index.Value is { } found)
        {
            return new ReplyToken(found.GetString("Token")!);
        }

        var token = ReplyToken.New();
        var row = new TableEntity("check", token.Value)
        {
            ["Review"] = string.Join(',', review),
            ["Chair"] = chair,
            ["ContentHash"] = contentHash,
            ["SourceBlob"] = sourceBlob,
            ["ContentType"] = contentType,
            ["Status"] = "awaiting",
        };
        LongStringColumn.Write(row, "Understood", JsonSerializer.Serialize(understood, Json));
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        try
        {
            await _table.AddEntityAsync(new TableEntity("upload", uploadKey) { ["Token"] = token.Value }, cancellationToken);
            return token;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            await _table.DeleteEntityAsync("check", token.Value, cancellationToken: cancellationToken);
            var winner = await _table.GetEntityAsync<TableEntity>("upload", uploadKey, cancellationToken: cancellationToken);
            return new ReplyToken(winner.Value.GetString("Token")!);
        }
    }

    public async Task<HeldMeeting?> FindAsync(ReplyToken token, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>("check", token.Value, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } e)
        {
            return null;
        }

        var held = ToHeld(e);
        var latest = await _table.GetEntityIfExistsAsync<TableEntity>("blob", TableKey.Escape(held.SourceBlob), cancellationToken: cancellationToken);
        return held with { IsSuperseded = latest.HasValue && latest.Value?.GetString("ContentHash") is { } hash && hash != held.ContentHash };
    }

    /// <summary>
    /// Remembers the latest content of an agenda file, held or sent: a check link of an older version then sends
    /// nothing, so a corrected upload cannot be undone by an old link.
    /// </summary>
    public Task RememberLatestAsync(string sourceBlob, string contentHash, CancellationToken cancellationToken) =>
        _table.UpsertEntityAsync(new TableEntity("blob", TableKey.Escape(sourceBlob)) { ["ContentHash"] = contentHash }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Records the chair's corrected meeting, once: of two presses (two tabs, a double click) the first one's meeting
    /// is kept and returned to both, so the invitations that follow are the same ones and go out once.
    /// </summary>
    public async Task<Meeting> CheckAsync(ReplyToken token, Meeting corrected, CancellationToken cancellationToken)
    {
        while (true)
        {
            var row = (await _table.GetEntityAsync<TableEntity>("check", token.Value, cancellationToken: cancellationToken)).Value;
            if (ToHeld(row).Checked is { } already)
            {
                return already;
            }

            LongStringColumn.Write(row, "Checked", JsonSerializer.Serialize(corrected, Json));
            row["Status"] = "checked";
            row["CheckedBy"] = corrected.CheckedBy;
            try
            {
                await _table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return corrected;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
            }
        }
    }

    private static HeldMeeting ToHeld(TableEntity e) => new(
        new ReplyToken(e.RowKey),
        JsonSerializer.Deserialize<Meeting>(LongStringColumn.Read(e, "Understood")!, Json)!,
        (e.GetString("Review") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        e.GetString("Chair") ?? "",
        e.GetString("ContentHash") ?? "",
        e.GetString("SourceBlob") ?? "",
        e.GetString("ContentType"),
        LongStringColumn.Read(e, "Checked") is { } json ? JsonSerializer.Deserialize<Meeting>(json, Json) : null);
}
