using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Integration.Tests.EndToEnd;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Integration.Tests.Worker;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Xunit.Abstractions;

namespace AgendaFlow.Integration.Tests.Faults;

/// <summary>
/// The app as its own process, killed with SIGKILL again and again while a large meeting's invitations go out, as a
/// Consumption instance can be. The storage is this test's own; the mail servers are the shared ones, and each test's
/// addresses are new. The moments are random, from a seed the test prints: <c>AGENDAFLOW_KILL_SEED=N</c> runs the
/// same moments again.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class KilledProcessTests(MailServers mail, ITestOutputHelper output)
{
    private const int ParticipantCount = 300;
    private const int KillCount = 10;

    // Short, so mail a killed instance had claimed goes again within seconds; only one instance lives at a time here,
    // so no claim is ever taken from a sender still at work.
    private const string Lease = "00:00:05";

    private static readonly string[] IdleTimers = ["CollectReplies", "DraftReferater", "PublishReferater", "SendAttendanceSummaries", "SendReminders"];

    [Fact]
    public async Task An_app_killed_ten_times_while_300_invitations_go_out_gets_every_invitation_out_and_repeats_at_most_the_mails_whose_sent_mark_was_unwritten()
    {
        var seed = Environment.GetEnvironmentVariable("AGENDAFLOW_KILL_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        var random = new Random(seed);
        output.WriteLine($"Seed {seed} (AGENDAFLOW_KILL_SEED={seed} runs the same kill moments again)");

        await using var storage = await FreshAzurite.StartAsync();
        var participants = Enumerable.Range(1, ParticipantCount).Select(i => MailServers.NewAddress($"deltager{i}")).ToList();
        var ours = participants.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var log = new StringBuilder();

        // A kill after a random number of accepted mails in each of ten equal stretches of the 300, and a random
        // few milliseconds more: every kill lands while mail is going out, at a different point of a connection.
        var stretch = ParticipantCount / (KillCount + 1);
        var killAt = Enumerable.Range(0, KillCount).Select(k => (Accepted: k * stretch + random.Next(1, stretch + 1), ExtraMs: random.Next(0, 20))).ToList();

        var app = StartApp(storage.Instance, mail);
        var killedAt = new List<int>();
        try
        {
            await new StorageProbe(storage.Instance).UploadAgendaAsync("afproevning/dagsorden.txt", OutageScenario.Agenda("Følgegruppen for genstart", participants));
            foreach (var (threshold, extraMs) in killAt)
            {
                var before = Accepted(ours);
                var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
                while (Accepted(ours) is var now && (now < threshold || now == before))
                {
                    if (now >= ParticipantCount)
                    {
                        throw new Xunit.Sdk.XunitException($"Every invitation went out before kill {killedAt.Count + 1} (seed {seed}); the kill would prove nothing.");
                    }

                    if (DateTime.UtcNow > deadline)
                    {
                        throw new TimeoutException($"Sending did not reach {threshold} accepted mails within two minutes after start {killedAt.Count + 1} (seed {seed}).");
                    }

                    await Task.Delay(5);
                }

                await Task.Delay(extraMs);
                await app.KillAsync();
                // What the relay accepted just before the kill may reach its log a moment later.
                await Task.Delay(200);
                var atKill = Accepted(ours);
                log.AppendLine(CultureInfo.InvariantCulture, $"--- instance {killedAt.Count + 1}, killed at {atKill} accepted:").AppendLine(app.Output);
                killedAt.Add(atKill);
                app = StartApp(storage.Instance, mail);
            }

            // The last instance sends the rest; once the outbox table is empty nothing more can go.
            await WaitAsync(async () => EnvelopeCounts(ours).Count == ParticipantCount && await OutboxIsEmptyAsync(storage.Instance),
                TimeSpan.FromMinutes(3), $"Not every invitation went out after the last restart (seed {seed}).");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n{log}\n--- the last instance:\n{app.Output}");
        }
        finally
        {
            log.AppendLine("--- the last instance:").AppendLine(app.Output);
            await app.DisposeAsync();
        }

        var counts = EnvelopeCounts(ours);
        var duplicates = counts.Values.Sum(c => c - 1);
        var bound = KillCount * (SentMarks.MaxUnwritten + 1);
        output.WriteLine($"{KillCount} kills at {string.Join(", ", killedAt)} accepted mails; {duplicates} duplicate invitation(s) of {ParticipantCount} (bound {bound})");

        Assert.True(counts.Count == ParticipantCount, $"{ParticipantCount - counts.Count} participants got no invitation (seed {seed}).");
        Assert.True(duplicates <= bound,
            $"{duplicates} invitations reached the relay twice over {KillCount} kills, more than the {bound} unwritten 'sent' marks allow (seed {seed}).\n{log}");
    }

    private static ServerProcess StartApp(Azurite storage, MailServers mail)
    {
        string[] settings =
        [
            $"AzureWebJobsStorage={storage.ConnectionString}",
            $"ASPNETCORE_URLS=http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}",
            "AgendaFlow__Standalone__AgendaPollInterval=00:00:00.250",
            "AgendaFlow__Smtp__Host=127.0.0.1",
            $"AgendaFlow__Smtp__Port={mail.SmtpPort.ToString(CultureInfo.InvariantCulture)}",
            "AgendaFlow__Smtp__Security=None",
            "AgendaFlow__FromAddress=dagsorden@region.example",
            "AgendaFlow__SecretariatAddress=sekretariat@region.example",
            "AgendaFlow__PublicBaseUrl=https://agendaflow.region.example",
            "AgendaFlow__ChairCheck__Mode=Never",
            $"AgendaFlow__Outbox__Lease={Lease}",
            "AgendaFlow__Schedules__SendOutbox=* * * * * *",
            "AgendaFlow__Schedules__ReconcileAgendas=*/5 * * * * *",
            .. IdleTimers.Select(t => $"AgendaFlow__Schedules__{t}=0 0 0 1 1 *"),
        ];
        return ServerProcess.Start("app", "env", [.. settings, "dotnet", Path.Combine(GrpcTestHost.WorkerDirectory, "AgendaFlow.Functions.dll")]);
    }

    /// <summary>Mails to this test's participants the relay has accepted since it started; cheap enough to ask often.</summary>
    private int Accepted(HashSet<string> ours) =>
        mail.SmtpLogLinesSinceStart.Count(l => l.Contains("smtp envelope", StringComparison.Ordinal) && Recipient().Match(l) is { Success: true } m && ours.Contains(m.Groups[1].Value));

    /// <summary>
    /// How many of each participant's invitations the relay accepted, across its restarts: its log has one envelope line
    /// per accepted mail. Participants with none are not in it.
    /// </summary>
    private Dictionary<string, int> EnvelopeCounts(HashSet<string> ours) =>
        mail.SmtpLog.Split('\n')
            .Where(l => l.Contains("smtp envelope", StringComparison.Ordinal))
            .Select(l => Recipient().Match(l))
            .Where(m => m.Success && ours.Contains(m.Groups[1].Value))
            .GroupBy(m => m.Groups[1].Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

    private static async Task<bool> OutboxIsEmptyAsync(Azurite storage)
    {
        await foreach (var _ in new TableServiceClient(storage.ConnectionString).GetTableClient(Outbox.TableName).QueryAsync<TableEntity>(select: ["RowKey"], maxPerPage: 1))
        {
            return false;
        }

        return true;
    }

    private static async Task WaitAsync(Func<Task<bool>> done, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(failure);
            }

            await Task.Delay(250);
        }
    }

    [GeneratedRegex("to=<([^>]+)>")]
    private static partial Regex Recipient();
}
