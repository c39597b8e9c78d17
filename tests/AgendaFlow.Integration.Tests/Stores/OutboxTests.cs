using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MimeKit;

namespace AgendaFlow.Integration.Tests.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class OutboxTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Mail_stored_for_sending_is_left_alone_while_claimed_and_afterwards_sent_byte_for_byte_as_stored()
    {
        var outbox = await OutboxAsync();
        var partition = NewPartition();
        var planned = Mails(130);

        var stored = await outbox.EnqueueForSendingAsync(partition, planned, Now, CancellationToken.None);

        Assert.Equal(planned.Select(m => m.Key), stored.Select(s => s.Entry.Key));
        Assert.Equal(planned.Select(m => Bytes(m.Message)), stored.Select(s => Bytes(s.Message)));
        Assert.DoesNotContain(await outbox.DueAsync(Now + TimeSpan.FromMinutes(1), CancellationToken.None), e => e.Partition == partition);

        // The sender died without sending: once the claim has run out, the outbox takes the mail as its own.
        var later = Now + outbox.Lease + TimeSpan.FromSeconds(1);
        var due = (await outbox.DueAsync(later, CancellationToken.None)).Where(e => e.Partition == partition).ToList();
        Assert.Equal(planned.Count, due.Count);
        var claimed = await outbox.ClaimManyAsync(due, later, CancellationToken.None);
        Assert.Equal(due.Select(e => e.Key), claimed.Select(c => c.Entry.Key));
        foreach (var (entry, message) in claimed)
        {
            Assert.Equal(Bytes(planned.Single(m => m.Key == entry.Key).Message), Bytes(message));
        }
    }

    [Fact]
    public async Task Storing_the_same_mails_for_sending_again_adds_none_of_them()
    {
        var outbox = await OutboxAsync();
        var partition = NewPartition();
        var planned = Mails(3);
        await outbox.EnqueueForSendingAsync(partition, planned, Now, CancellationToken.None);

        var again = await outbox.EnqueueForSendingAsync(partition, planned, Now, CancellationToken.None);

        Assert.Empty(again);
        Assert.Equal(3, (await outbox.ListAsync(partition, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Two_senders_claiming_the_same_due_mails_at_once_never_both_get_the_same_mail_and_together_get_all()
    {
        var outbox = await OutboxAsync();
        var partition = NewPartition();
        var planned = Mails(120);
        await outbox.EnqueueManyAsync(partition, planned, Now, CancellationToken.None);
        var due = (await outbox.DueAsync(Now, CancellationToken.None)).Where(e => e.Partition == partition).ToList();

        // The second sender's list runs backwards, so the two meet in the middle instead of one simply winning.
        var claims = await Task.WhenAll(
            outbox.ClaimManyAsync(due, Now, CancellationToken.None),
            outbox.ClaimManyAsync(Enumerable.Reverse(due).ToList(), Now, CancellationToken.None));

        var won = claims.SelectMany(c => c.Select(x => x.Entry.Key)).ToList();
        Assert.Equal(won.Count, won.Distinct().Count());
        Assert.Equal(planned.Select(p => p.Key).Order(), won.Order());
        foreach (var (entry, message) in claims.SelectMany(c => c))
        {
            Assert.Equal(Bytes(planned.Single(p => p.Key == entry.Key).Message), Bytes(message));
        }

        Assert.DoesNotContain(await outbox.DueAsync(Now, CancellationToken.None), e => e.Partition == partition);
    }

    [Fact]
    public async Task Mail_claimed_under_a_short_lease_is_due_again_once_that_lease_has_run_out_and_not_before()
    {
        var outbox = await OutboxAsync(TimeSpan.FromSeconds(20));
        var partition = NewPartition();
        await outbox.EnqueueManyAsync(partition, Mails(3), Now, CancellationToken.None);
        var due = (await outbox.DueAsync(Now, CancellationToken.None)).Where(e => e.Partition == partition).ToList();
        await outbox.ClaimManyAsync(due, Now, CancellationToken.None);

        var whileClaimed = await outbox.DueAsync(Now + TimeSpan.FromSeconds(19), CancellationToken.None);
        var afterTheLease = await outbox.DueAsync(Now + TimeSpan.FromSeconds(21), CancellationToken.None);

        Assert.DoesNotContain(whileClaimed, e => e.Partition == partition);
        Assert.Equal(3, afterTheLease.Count(e => e.Partition == partition));
    }

    [Fact]
    public async Task Marking_many_mails_sent_at_once_records_each_of_them_as_sent()
    {
        var outbox = await OutboxAsync();
        var partition = NewPartition();
        var stored = await outbox.EnqueueForSendingAsync(partition, Mails(130), Now, CancellationToken.None);

        await outbox.MarkSentAsync(stored.Select(s => s.Entry).ToList(), Now, CancellationToken.None);

        var entries = await outbox.ListAsync(partition, CancellationToken.None);
        Assert.Equal(130, entries.Count);
        Assert.All(entries, e => Assert.Equal(OutboxState.Sent, e.State));
        Assert.All(entries, e => Assert.Equal(Now, e.SentAt));
    }

    private async Task<Outbox> OutboxAsync(TimeSpan? lease = null)
    {
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var tables = new TableServiceClient(azurite.ConnectionString);
        await blobs.GetBlobContainerClient(Outbox.ContainerName).CreateIfNotExistsAsync();
        await tables.GetTableClient(Outbox.TableName).CreateIfNotExistsAsync();
        await tables.GetTableClient(Outbox.FinishedTableName).CreateIfNotExistsAsync();
        return new Outbox(new StorageClients(blobs, tables), lease);
    }

    private static string NewPartition() => $"udvalg{Guid.NewGuid():N}"[..20] + "-2026-12-10";

    private static List<(string Key, MimeMessage Message)> Mails(int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var message = new MimeMessage { Subject = $"Indkaldelse {i}: Sundhedsstyregruppen", MessageId = $"{Guid.NewGuid():N}@region.example" };
            message.From.Add(new MailboxAddress("Sekretariatet", "dagsorden@region.example"));
            message.To.Add(new MailboxAddress($"Deltager {i}", $"deltager{i}@region.example"));
            message.Body = new Multipart("mixed")
            {
                new TextPart("plain") { Text = $"Kære deltager {i}\n\nDu er inviteret til mødet. Æ, ø og å kommer frem.\n" },
                new MimePart("application", "octet-stream")
                {
                    Content = new MimeContent(new MemoryStream(Enumerable.Range(0, 3000).Select(b => (byte)(b * i)).ToArray())),
                    ContentTransferEncoding = ContentEncoding.Base64,
                    FileName = "dagsorden.docx",
                },
            };
            return ($"invitation.{i:000}", message);
        }).ToList();

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
