using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MimeKit;

namespace AgendaFlow.Integration.Tests.Stores;

/// <summary>
/// Sent mail leaves the table searched for due mail, and stays where planning looks for it. Each test has an Azurite of
/// its own: what it counts is every row of a table.
/// </summary>
public sealed class OutboxHistoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sent_mail_leaves_the_table_searched_for_due_mail_yet_is_never_planned_again()
    {
        await using var azurite = await FreshAzurite.StartAsync();
        var (outbox, tables) = await OutboxAsync(azurite.Instance);
        var stored = await outbox.EnqueueForSendingAsync("styregruppen-2026-12-10", Mails(150), Now, CancellationToken.None);
        await outbox.MarkSentAsync(stored.Take(140).Select(s => s.Entry).ToList(), Now, CancellationToken.None);

        var again = await outbox.EnqueueManyAsync("styregruppen-2026-12-10", Mails(150), Now, CancellationToken.None);
        var onceMore = await outbox.EnqueueAsync("styregruppen-2026-12-10", "invitation.001", Mails(1)[0].Message, Now, CancellationToken.None);

        Assert.Equal(0, again);
        Assert.False(onceMore);
        Assert.Equal(10, await CountAsync(tables.GetTableClient(Outbox.TableName)));
        var all = await outbox.ListAsync("styregruppen-2026-12-10", CancellationToken.None);
        Assert.Equal(140, all.Count(e => e.State == OutboxState.Sent));
        Assert.Equal(10, all.Count(e => e.State == OutboxState.Sending));
    }

    [Fact]
    public async Task Sent_mail_an_earlier_version_left_in_the_outbox_table_is_moved_out_on_the_first_search_and_none_is_sent_again()
    {
        await using var azurite = await FreshAzurite.StartAsync();
        var (outbox, tables) = await OutboxAsync(azurite.Instance);
        await outbox.EnqueueManyAsync("praksisudvalget-2026-12-11", Mails(120), Now, CancellationToken.None);
        // As an earlier version marked them: sent, in place.
        var hot = tables.GetTableClient(Outbox.TableName);
        var rows = new List<TableEntity>();
        await foreach (var row in hot.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        foreach (var row in rows.Take(100))
        {
            row["State"] = "Sent";
            row["SentAt"] = Now;
            await hot.UpdateEntityAsync(row, Azure.ETag.All);
        }

        var due = await new Outbox(new StorageClients(new BlobServiceClient(azurite.Instance.ConnectionString), tables)).DueAsync(Now, CancellationToken.None);

        Assert.Equal(20, due.Count);
        Assert.Equal(20, await CountAsync(hot));
        Assert.Equal(100, await CountAsync(tables.GetTableClient(Outbox.FinishedTableName), e => e.GetString("State") == "Sent"));
        Assert.Equal(0, await outbox.EnqueueManyAsync("praksisudvalget-2026-12-11", Mails(120), Now, CancellationToken.None));
    }

    private static async Task<int> CountAsync(TableClient table, Func<TableEntity, bool>? match = null)
    {
        var count = 0;
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            count += !row.PartitionKey.StartsWith('_') && (match?.Invoke(row) ?? true) ? 1 : 0;
        }

        return count;
    }

    private static async Task<(Outbox Outbox, TableServiceClient Tables)> OutboxAsync(Azurite azurite)
    {
        var clients = new StorageClients(new BlobServiceClient(azurite.ConnectionString), new TableServiceClient(azurite.ConnectionString));
        await new StorageReady(clients).EnsureAsync(CancellationToken.None);
        return (new Outbox(clients), clients.Tables);
    }

    private static List<(string Key, MimeMessage Message)> Mails(int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var message = new MimeMessage { Subject = $"Indkaldelse {i}", MessageId = $"invitation{i}@region.example" };
            message.From.Add(new MailboxAddress("Sekretariatet", "dagsorden@region.example"));
            message.To.Add(new MailboxAddress($"Deltager {i}", $"deltager{i}@region.example"));
            message.Body = new TextPart("plain") { Text = $"Kære deltager {i}\n\nDu er inviteret til mødet.\n" };
            return ($"invitation.{i:000}", message);
        }).ToList();
}
