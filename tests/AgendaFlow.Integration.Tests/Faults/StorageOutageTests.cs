using System.Net;
using System.Text;
using AgendaFlow.Integration.Tests.EndToEnd;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;

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
        var participants = Enumerable.Range(1, 300).Select(i => MailServers.NewAddress($"deltager{i}")).ToList();
        await using var app = await MailApp.StartAsync(storage.Instance, mail, "dagsorden@region.example",
            ("AgendaFlow__SecretariatAddress", "sekretariat@region.example"), ("AgendaFlow__Outbox__FirstRetryDelay", "00:00:01"));

        await new StorageProbe(storage.Instance).UploadAgendaAsync("afproevning/dagsorden.txt", Agenda(participants));
        await WaitAsync(() => participants.Any(a => Envelopes(a) > 0), TimeSpan.FromMinutes(2), "No invitation reached the relay.");
        await storage.Instance.StopAsync();
        var acceptedBeforeTheStop = participants.Count(a => Envelopes(a) > 0);
        // While storage is away the app still answers: the upload page needs no storage.
        var during = await app.Client.GetAsync("/");
        await Task.Delay(TimeSpan.FromSeconds(3));
        await storage.Instance.StartAgainAsync();
        await WaitAsync(async () =>
        {
            await app.Client.PostAsync("/admin/functions/ReconcileAgendas", StandaloneModeTests.JsonContent("{}"));
            await app.Client.PostAsync("/admin/functions/SendOutbox", StandaloneModeTests.JsonContent("{}"));
            return participants.All(a => Envelopes(a) > 0);
        }, TimeSpan.FromMinutes(3), "Not every participant's invitation reached the relay after storage came back.\n" + string.Join("\n", app.Logs.All.TakeLast(60)));

        Assert.True(acceptedBeforeTheStop < participants.Count, "Every invitation went out before storage stopped; the test proved nothing.");
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        var twice = participants.Where(a => Envelopes(a) != 1).ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} participants' invitations were handed to the relay more than once: {string.Join(", ", twice.Take(5))}");
    }

    /// <summary>Invitations the relay accepted for the address: its log has one envelope line per accepted mail.</summary>
    private int Envelopes(string address) =>
        mail.SmtpLog.Split('\n').Count(l => l.Contains("smtp envelope", StringComparison.Ordinal) && l.Contains($"to=<{address}>", StringComparison.Ordinal));

    private static Task WaitAsync(Func<bool> done, TimeSpan timeout, string failure) => WaitAsync(() => Task.FromResult(done()), timeout, failure);

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

    private static string Agenda(IReadOnlyList<string> participants)
    {
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Følgegruppen for afprøvning").AppendLine()
            .AppendLine("Tid: Onsdag den 16. december 2026 kl. 10.00-12.00").AppendLine("Sted: Mødelokale 2").AppendLine()
            .AppendLine("Deltagere:");
        string[] first = ["Anne", "Bo", "Carsten", "Dorthe", "Erik", "Frida", "Gorm", "Hanne", "Ib", "Jette"];
        string[] last = ["Andersen", "Bech", "Christensen", "Dam", "Eriksen", "Friis", "Gade", "Holm", "Iversen", "Jensen",
            "Kristensen", "Larsen", "Madsen", "Nielsen", "Olsen", "Poulsen", "Quist", "Rasmussen", "Sørensen", "Thomsen",
            "Udsen", "Vestergaard", "Winther", "Yde", "Østergaard", "Bak", "Krogh", "Lund", "Mikkelsen", "Nørgaard"];
        for (var i = 0; i < participants.Count; i++)
        {
            agenda.AppendLine($"{first[i % first.Length]} {last[i / first.Length]}, {participants[i]}");
        }

        return agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString();
    }
}
