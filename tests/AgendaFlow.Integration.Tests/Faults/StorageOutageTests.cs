using AgendaFlow.Integration.Tests.EndToEnd;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using static AgendaFlow.Integration.Tests.Faults.OutageScenario;

namespace AgendaFlow.Integration.Tests.Faults;

/// <summary>
/// Storage stops in the middle of a run (Azurite stopped, then started on the same data folder) and the app carries
/// on once it is back. The storage is this test's own, so stopping it disturbs no other test; the mail servers are
/// the shared ones, and each test's addresses are new.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class StorageOutageTests(MailServers mail)
{
    [Fact]
    public async Task Storage_going_away_while_300_invitations_go_out_leaves_every_participant_exactly_one_and_the_app_answering()
    {
        await using var storage = await FreshAzurite.StartAsync();
        var participants = Participants(300);
        await using var app = await StartAppAsync(storage);
        await using var watch = OutageWatch.Begin(app);

        await new StorageProbe(storage.Instance).UploadAgendaAsync("afproevning/dagsorden.txt", Agenda("Følgegruppen for afprøvning", participants));
        await WaitAsync(() => Task.FromResult(participants.Any(Envelopes(mail).ContainsKey)), TimeSpan.FromMinutes(2), () => "No invitation reached the relay.");
        await watch.StopStorageAsync(storage.Instance);
        var acceptedBeforeTheStop = participants.Count(Envelopes(mail).ContainsKey);
        await watch.WaitUntilSaidAsync(TimeSpan.FromMinutes(1));
        await storage.Instance.StartAgainAsync();
        await RunTimersUntilAsync(app, () => Task.FromResult(participants.All(Envelopes(mail).ContainsKey)), TimeSpan.FromMinutes(3),
            "Not every participant's invitation reached the relay after storage came back.");

        Assert.True(acceptedBeforeTheStop < participants.Count, "Every invitation went out before storage stopped; the test proved nothing.");
        await AssertExactlyOneInvitationEachAsync(app, participants);
        await watch.AssertAnsweredThroughoutAsync();
        watch.AssertSaidOnceWithoutStackTraces();
    }

    [Fact]
    public async Task Storage_going_away_while_an_upload_of_300_participants_is_handled_leaves_every_participant_exactly_one_invitation()
    {
        await using var storage = await FreshAzurite.StartAsync();
        var participants = Participants(300);
        await using var app = await StartAppAsync(storage);
        await using var watch = OutageWatch.Begin(app);

        await new StorageProbe(storage.Instance).UploadAgendaAsync("udvalg/dagsorden.txt", Agenda("Følgegruppen for udvalget", participants));
        // The moment the meeting is stored, AgendaUploaded goes on to the reply tokens and the outbox: storage stops then.
        var meetings = new TableServiceClient(storage.Instance.ConnectionString).GetTableClient(MeetingStore.MeetingsTable);
        await WaitAsync(async () => await AnyRowAsync(meetings), TimeSpan.FromMinutes(2), () => "The meeting was never stored.\n" + string.Join("\n", app.Logs.All.TakeLast(40)));
        await watch.StopStorageAsync(storage.Instance);
        var acceptedBeforeTheStop = participants.Count(Envelopes(mail).ContainsKey);
        await watch.WaitUntilSaidAsync(TimeSpan.FromMinutes(1));
        await storage.Instance.StartAgainAsync();
        await RunTimersUntilAsync(app, () => Task.FromResult(participants.All(Envelopes(mail).ContainsKey)), TimeSpan.FromMinutes(4),
            "Not every participant's invitation reached the relay after storage came back.");

        Assert.True(acceptedBeforeTheStop < participants.Count, "Every invitation went out before storage stopped; the test proved nothing.");
        await AssertExactlyOneInvitationEachAsync(app, participants);
        await watch.AssertAnsweredThroughoutAsync();
        watch.AssertSaidOnceWithoutStackTraces(stoppedRun: "AgendaUploaded");
    }

    private Task<RunningApp> StartAppAsync(FreshAzurite storage) =>
        MailApp.StartAsync(storage.Instance, mail, "dagsorden@region.example",
            ("AgendaFlow__SecretariatAddress", "sekretariat@region.example"), ("AgendaFlow__Outbox__FirstRetryDelay", "00:00:01"));

    /// <summary>After one more SendOutbox run and a moment for the relay, nobody has more than one invitation.</summary>
    private async Task AssertExactlyOneInvitationEachAsync(RunningApp app, IReadOnlyList<string> participants)
    {
        await RunAsync(app, "SendOutbox");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var envelopes = Envelopes(mail);
        var twice = participants.Where(a => envelopes.GetValueOrDefault(a) != 1).ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} participants' invitations were handed to the relay more than once: {string.Join(", ", twice.Take(5))}");
    }

    private static async Task<bool> AnyRowAsync(TableClient table)
    {
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"]))
            {
                return true;
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // The app has not created the table yet.
        }

        return false;
    }
}
