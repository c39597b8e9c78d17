using Azure;
using Azure.Data.Tables;
using AgendaFlow.Core.Sending;

namespace AgendaFlow.Storage;

/// <summary>
/// The <c>sendpacing</c> table: one row per relay mailbox holding its <see cref="SendLedger"/>, so every instance of
/// the function app counts against the same limits. A reservation reads the row, takes what the limits allow and
/// writes it back under the row's ETag; when another instance wrote in between, it reads again.
/// </summary>
public sealed class SendPacing(StorageClients clients)
{
    public const string TableName = "sendpacing";
    private const string Partition = "relay";
    private const int MaxRaces = 20;

    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);

    /// <summary>Counts as many of the mails (recipient counts, in sending order) as may go now; they must then be sent.</summary>
    public Task<SendGrant> ReserveAsync(
        string relay, SendingLimits limits, IReadOnlyList<int> recipients, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(relay, ledger => ledger.Grant(limits, recipients, now), g => g.Ledger, cancellationToken);

    /// <summary>The relay answered "too much": every instance holds back until then.</summary>
    public Task HoldAsync(string relay, DateTimeOffset until, CancellationToken cancellationToken) =>
        UpdateAsync(relay, ledger => ledger.HoldUntil(until), l => l, cancellationToken);

    public async Task<SendLedger> ReadAsync(string relay, CancellationToken cancellationToken) =>
        (await ReadRowAsync(relay, cancellationToken)).Ledger;

    private async Task<T> UpdateAsync<T>(string relay, Func<SendLedger, T> decide, Func<T, SendLedger> ledgerOf, CancellationToken cancellationToken)
    {
        for (var race = 0; ; race++)
        {
            var (ledger, etag) = await ReadRowAsync(relay, cancellationToken);
            var decision = decide(ledger);
            var row = ToRow(relay, ledgerOf(decision));
            try
            {
                if (etag is { } known)
                {
                    await _table.UpdateEntityAsync(row, known, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _table.AddEntityAsync(row, cancellationToken);
                }

                return decision;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && race < MaxRaces)
            {
                // Another instance counted its mail first; decide again on what it wrote.
                await Task.Delay(Random.Shared.Next(5, 50), cancellationToken);
            }
        }
    }

    private async Task<(SendLedger Ledger, ETag? ETag)> ReadRowAsync(string relay, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKey.Escape(relay), cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is null)
        {
            return (SendLedger.Empty, null);
        }

        var e = row.Value;
        var ledger = new SendLedger(
            SendLedger.ParseSlots(e.GetString("Messages")),
            SendLedger.ParseSlots(e.GetString("Recipients")),
            e.GetDateTimeOffset("HeldUntil") ?? DateTimeOffset.MinValue);
        return (ledger, e.ETag);
    }

    private static TableEntity ToRow(string relay, SendLedger ledger) => new(Partition, TableKey.Escape(relay))
    {
        ["Messages"] = SendLedger.Format(ledger.MessageSlots),
        ["Recipients"] = SendLedger.Format(ledger.RecipientSlots),
        // Table storage's dates start in 1601; "never held" is written as that.
        ["HeldUntil"] = ledger.HeldUntil < new DateTimeOffset(1601, 1, 2, 0, 0, 0, TimeSpan.Zero) ? new DateTimeOffset(1601, 1, 2, 0, 0, 0, TimeSpan.Zero) : ledger.HeldUntil,
    };
}
