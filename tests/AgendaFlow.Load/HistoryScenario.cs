using System.Diagnostics;
using System.Globalization;
using System.Text;
using AgendaFlow.TestSupport;
using AgendaFlow.Storage;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace AgendaFlow.Load;

/// <summary>
/// Five years of history: two stores, each with the work at hand (every committee's meetings from a month back to a
/// month ahead), one of them also with the five years before (40 committees × 60 months × 20 members, with their
/// tokens, sent invitations and answers). Each timer function runs against both, in the same process, twice (the
/// second run finds its mail sent and its drafts written, as most hourly runs do); each run is timed and its
/// storage reads counted (requests, table rows, bytes).
/// </summary>
internal static class HistoryScenario
{
    private static readonly string[] Timers =
        ["SendAttendanceSummaries", "SendReminders", "DraftReferater", "PublishReferater", "ReconcileAgendas", "SendOutbox", "CollectReplies"];

    /// <param name="years">How much history before the work at hand: five by default.</param>
    public static async Task RunAsync(MailServers mail, Figures figures, int years = 5)
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        bool IsWorkAtHand(DateOnly d) => d >= today.AddDays(-31) && d <= today.AddDays(31);
        var atHand = HistorySeed.Dates(today.AddMonths(-2), today.AddMonths(2), IsWorkAtHand).ToList();
        var history = HistorySeed.Dates(today.AddMonths(-12 * years - 1), today, d => !IsWorkAtHand(d) && d >= today.AddMonths(-12 * years)).ToList();

        var emptyStore = new Azurite();
        var fullStore = new Azurite();
        await emptyStore.InitializeAsync();
        await fullStore.InitializeAsync();
        try
        {
            var seeding = Stopwatch.StartNew();
            await HistorySeed.StoreAsync(Clients(emptyStore, null), atHand, now);
            await HistorySeed.StoreAsync(Clients(fullStore, null), [.. history, .. atHand], now);
            figures.Note(string.Create(CultureInfo.InvariantCulture,
                $"history: {atHand.Count} meetings at hand in both stores, {history.Count} more before them in the history store ({years} years); seeded in {seeding.Elapsed.TotalSeconds:0} s"));

            var emptyMeter = new StorageMeter();
            var fullMeter = new StorageMeter();
            var agendaMailbox = MailServers.NewAddress("dagsorden");
            await using var emptyApp = await LoadApp.StartAsync(emptyStore, mail, agendaMailbox, s => s.AddSingleton(Clients(emptyStore, emptyMeter)));
            await using var fullApp = await LoadApp.StartAsync(fullStore, mail, agendaMailbox, s => s.AddSingleton(Clients(fullStore, fullMeter)));

            var rows = new List<string>();
            for (var round = 1; round <= 2; round++)
            {
                foreach (var timer in Timers)
                {
                    var empty = await TimeAsync(emptyApp, emptyMeter, timer);
                    var full = await TimeAsync(fullApp, fullMeter, timer);
                    var ratio = full.Seconds / Math.Max(empty.Seconds, 0.001);
                    if (round == 2)
                    {
                        figures.Add($"{timer}, {years} years ÷ empty store (time)", ratio, "×", 1.2, "≤ 1.2×");
                    }

                    rows.Add(string.Create(CultureInfo.InvariantCulture,
                        $"| {timer} | {round} | {empty.Seconds:0.000} s | {full.Seconds:0.000} s | {ratio:0.00}× | {empty.Requests} / {full.Requests} | {empty.Rows} / {full.Rows} | {Kb(empty.Bytes)} / {Kb(full.Bytes)} |"));
                }
            }

            var table = new StringBuilder()
                .AppendLine("| timer | run | empty store | history | ratio | requests (empty / history) | table rows read | kB read |")
                .AppendLine("|---|---|---|---|---|---|---|---|");
            rows.ForEach(r => table.AppendLine(r));
            Console.WriteLine(table);
            figures.Note("history runs, side by side:\n\n" + table);
        }
        finally
        {
            await emptyStore.DisposeAsync();
            await fullStore.DisposeAsync();
        }
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture);

    private static async Task<(double Seconds, long Requests, long Rows, long Bytes)> TimeAsync(RunningApp app, StorageMeter meter, string timer)
    {
        var before = meter.Snapshot();
        var clock = Stopwatch.StartNew();
        var answer = await LoadApp.PostAsync(app, $"/admin/functions/{timer}", new StringContent("{}", Encoding.UTF8, "application/json"));
        clock.Stop();
        answer.EnsureSuccessStatusCode();
        var after = meter.Snapshot();
        return (clock.Elapsed.TotalSeconds, after.Requests - before.Requests, after.Rows - before.Rows, after.Bytes - before.Bytes);
    }

    private static StorageClients Clients(Azurite azurite, StorageMeter? meter)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        if (meter is not null)
        {
            blobOptions.AddPolicy(meter, HttpPipelinePosition.PerRetry);
            tableOptions.AddPolicy(meter, HttpPipelinePosition.PerRetry);
        }

        return new StorageClients(new BlobServiceClient(azurite.ConnectionString, blobOptions), new TableServiceClient(azurite.ConnectionString, tableOptions));
    }
}
