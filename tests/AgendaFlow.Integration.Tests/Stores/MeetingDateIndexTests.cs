using AgendaFlow.Core.Meetings;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace AgendaFlow.Integration.Tests.Stores;

/// <summary>Each test has an Azurite of its own: what it checks is a whole store's layout, which others would share.</summary>
public sealed class MeetingDateIndexTests
{
    [Fact]
    public async Task Meetings_of_a_date_range_are_found_by_date_and_none_outside_it()
    {
        await using var azurite = await FreshAzurite.StartAsync();
        var store = await StoreAsync(azurite.Instance);
        foreach (var date in new[] { new DateOnly(2021, 3, 4), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 15) })
        {
            await store.SaveRevisionAsync(Meeting("Sundhedsudvalget", date), "hash-" + date, "agendas/x.md", CancellationToken.None);
        }

        var december = await store.ListBetweenAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), CancellationToken.None);
        var coming = await store.ListBetweenAsync(new DateOnly(2026, 12, 1), null, CancellationToken.None);

        Assert.Equal(["2026-12-01", "2026-12-31"], december.Select(m => m.Meeting.Date.ToString("yyyy-MM-dd")).Order());
        Assert.Equal(["2026-12-01", "2026-12-31", "2027-01-15"], coming.Select(m => m.Meeting.Date.ToString("yyyy-MM-dd")).Order());
    }

    [Fact]
    public async Task Meetings_stored_before_the_date_index_existed_are_found_by_date_after_the_first_run()
    {
        await using var azurite = await FreshAzurite.StartAsync();
        var before = await StoreAsync(azurite.Instance);
        await before.SaveRevisionAsync(Meeting("Praksisudvalget", new DateOnly(2026, 12, 10)), "a", "agendas/a.md", CancellationToken.None);
        await before.SaveRevisionAsync(Meeting("Styregruppen", new DateOnly(2026, 12, 11)), "b", "agendas/b.md", CancellationToken.None);
        await before.SaveRevisionAsync(Meeting("Styregruppen", new DateOnly(2025, 6, 11)), "c", "agendas/c.md", CancellationToken.None);
        // The store as an earlier version left it: meetings, no index.
        var tables = new TableServiceClient(azurite.Instance.ConnectionString);
        await tables.DeleteTableAsync(MeetingStore.DatesTable);
        await WaitUntilCreatedAsync(tables.GetTableClient(MeetingStore.DatesTable));

        var after = new MeetingStore(new StorageClients(new BlobServiceClient(azurite.Instance.ConnectionString), tables));
        var coming = await after.ListBetweenAsync(new DateOnly(2026, 12, 1), null, CancellationToken.None);

        Assert.Equal(["praksisudvalget-2026-12-10", "styregruppen-2026-12-11"], coming.Select(m => m.Meeting.Id.Value).Order());
    }

    private static async Task WaitUntilCreatedAsync(TableClient table)
    {
        // A table just deleted cannot be created again at once on real storage; Azurite answers the same way sometimes.
        for (var i = 0; ; i++)
        {
            try
            {
                await table.CreateIfNotExistsAsync();
                return;
            }
            catch (Azure.RequestFailedException) when (i < 30)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task<MeetingStore> StoreAsync(Azurite azurite)
    {
        var clients = new StorageClients(new BlobServiceClient(azurite.ConnectionString), new TableServiceClient(azurite.ConnectionString));
        await new StorageReady(clients).EnsureAsync(CancellationToken.None);
        return new MeetingStore(clients);
    }

    private static Meeting Meeting(string committee, DateOnly date) =>
        new(MeetingId.For(committee, date), committee, $"Møde i {committee}", date, new TimeOnly(10, 0), new TimeOnly(12, 0), "Mødelokale 1",
            [new Invitee("Hanne Roed", "hanne.roed@region.example", Role: "medlem")], []);
}
