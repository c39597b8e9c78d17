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
/// tokens, sent invitations and answers). Each timer function runs against both, in the same process, four times (the
/// runs after the first find their mail sent and their drafts written, as most hourly runs do); each run is timed and
/// its storage reads counted (requests, table rows, bytes).
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

            // The first run sends the day's mail and writes the drafts; the three after it find that done, as most
            // hourly runs do. Their median is the figure: the machine's noise is large beside a single run.
            var rows = new List<string>();
            var steady = Timers.ToDictionary(t => t, _ => new List<((double Seconds, long Requests, long Rows, long Bytes) Empty, (double Seconds, long Requests, long Rows, long Bytes) Full)>());
            for (var round = 1; round <= 1 + SteadyRuns; round++)
            {
                foreach (var timer in Timers)
                {
                    var empty = await TimeAsync(emptyApp, emptyMeter, timer);
                    var full = await TimeAsync(fullApp, fullMeter, timer);
                    if (round == 1)
                    {
                        rows.Add(Row(timer, "1", empty, full));
                    }
                    else
                    {
                        steady[timer].Add((empty, full));
                    }
                }
            }

            foreach (var timer in Timers)
            {
                var runs = steady[timer];
                var empty = runs[^1].Empty with { Seconds = Median(runs.Select(r => r.Empty.Seconds)) };
                var full = runs[^1].Full with { Seconds = Median(runs.Select(r => r.Full.Seconds)) };
                figures.Add($"{timer}, {years} years ÷ empty store (time, median of {SteadyRuns})", full.Seconds / Math.Max(empty.Seconds, 0.001), "×", 1.2, "≤ 1.2×");
                rows.Add(Row(timer, $"2–{1 + SteadyRuns} (median)", empty, full));
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

    private const int SteadyRuns = 3;

    private static string Row(string timer, string run, (double Seconds, long Requests, long Rows, long Bytes) empty, (double Seconds, long Requests, long Rows, long Bytes) full) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {timer} | {run} | {empty.Seconds:0.000} s | {full.Seconds:0.000} s | {full.Seconds / Math.Max(empty.Seconds, 0.001):0.00}× | {empty.Requests} / {full.Requests} | {empty.Rows} / {full.Rows} | {Kb(empty.Bytes)} / {Kb(full.Bytes)} |");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
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
