using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Integration.Tests.EndToEnd;
using AgendaFlow.Integration.Tests.Functions;

namespace AgendaFlow.Integration.Tests.Faults;

/// <summary>What the storage outage tests share: a large meeting's agenda, the relay's count of mail, and patience.</summary>
internal static partial class OutageScenario
{
    public static IReadOnlyList<string> Participants(int count) =>
        Enumerable.Range(1, count).Select(i => MailServers.NewAddress($"deltager{i}")).ToList();

    /// <summary>The mails the relay accepted per recipient: its log has one envelope line per accepted mail.</summary>
    public static Dictionary<string, int> Envelopes(MailServers mail)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Match envelope in EnvelopeLine().Matches(mail.SmtpLog))
        {
            var to = envelope.Groups["to"].Value;
            counts[to] = counts.GetValueOrDefault(to) + 1;
        }

        return counts;
    }

    /// <summary>Runs what the timers would run (ReconcileAgendas, SendOutbox) until <paramref name="done"/>.</summary>
    public static Task RunTimersUntilAsync(RunningApp app, Func<Task<bool>> done, TimeSpan timeout, string failure) =>
        WaitAsync(async () =>
        {
            await RunAsync(app, "ReconcileAgendas");
            await RunAsync(app, "SendOutbox");
            return await done();
        }, timeout, () => failure + "\n" + string.Join("\n", app.Logs.All.TakeLast(60)));

    /// <summary>
    /// Asks for a run through the admin endpoint, as a timer would start one. A run may wait for one under way (one
    /// at a time, as the host runs timers) and outlast the client's patience; it goes on all the same, so the caller
    /// just looks again. Whether the app answers at all is <see cref="OutageWatch"/>'s question.
    /// </summary>
    public static async Task RunAsync(RunningApp app, string function)
    {
        try
        {
            using var answer = await app.Client.PostAsync($"/admin/functions/{function}", StandaloneModeTests.JsonContent("{}"));
        }
        catch (TaskCanceledException)
        {
        }
    }

    public static async Task WaitAsync(Func<Task<bool>> done, TimeSpan timeout, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(failure());
            }

            await Task.Delay(250);
        }
    }

    public static string Agenda(string committee, IReadOnlyList<string> participants)
    {
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine(committee).AppendLine()
            .AppendLine("Tid: Onsdag den 16. december 2026 kl. 10.00-12.00").AppendLine("Sted: Mødelokale 2").AppendLine()
            .AppendLine("Deltagere:");
        string[] first = ["Anne", "Bo", "Carsten", "Dorthe", "Erik", "Frida", "Gorm", "Hanne", "Ib", "Jette"];
        string[] last = ["Andersen", "Bech", "Christensen", "Dam", "Eriksen", "Friis", "Gade", "Holm", "Iversen", "Jensen",
            "Kristensen", "Larsen", "Madsen", "Nielsen", "Olsen", "Poulsen", "Quist", "Rasmussen", "Sørensen", "Thomsen",
            "Udsen", "Vestergaard", "Winther", "Yde", "Østergaard", "Bak", "Krogh", "Lund", "Mikkelsen", "Nørgaard"];
        for (var i = 0; i < participants.Count; i++)
        {
            agenda.AppendLine($"{first[i % first.Length]} {last[i / first.Length % last.Length]}, {participants[i]}");
        }

        return agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString();
    }

    [GeneratedRegex(@"smtp envelope[^\n]*to=<(?<to>[^>]+)>")]
    private static partial Regex EnvelopeLine();
}
