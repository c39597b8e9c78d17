using AgendaFlow.Mail;
using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>The <c>mailboxstate</c> table: how far the agenda mailbox has been read, per folder.</summary>
public sealed class MailboxCursorStore(StorageClients clients)
{
    public const string TableName = "mailboxstate";
    private readonly TableClient _table = clients.Tables.GetTableClient(TableName);

    public async Task<MailboxCursor> GetAsync(string folder, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>("imap", TableKey.Escape(folder), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e
            ? new MailboxCursor((uint)(e.GetInt64("UidValidity") ?? 0), (uint)(e.GetInt64("LastUid") ?? 0))
            : MailboxCursor.Start;
    }

    public async Task SaveAsync(string folder, MailboxCursor cursor, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity("imap", TableKey.Escape(folder)) { ["UidValidity"] = (long)cursor.UidValidity, ["LastUid"] = (long)cursor.LastUid },
            TableUpdateMode.Replace,
            cancellationToken);
}
