using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Integration.Tests.EndToEnd;
using AgendaFlow.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AgendaFlow.Integration.Tests.Functions;

/// <summary>
/// Wrong links and wrong keys in bulk, against the app standalone on Azurite and the mail servers: a meeting whose
/// participants got real invitations, real pages measured before, during and after the flood.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class BadInputVolumeTests(Azurite azurite, MailServers mail, ITestOutputHelper output)
{
    private const string Key = "sekretariatets-rigtige-noegle-2026";
    private const int WrongKeyLimit = 10;
    private const int WrongTokens = 10_000;
    private const int WrongKeys = 1_000;
    private static readonly TimeSpan AttackSpan = TimeSpan.FromSeconds(50);
    private static readonly TimeSpan QuietSpan = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_malformed_link_and_an_unknown_well_formed_link_get_the_same_answer_in_the_same_time()
    {
        await using var app = await StartAsync();
        var malformed = new List<double>();
        var unknown = new List<double>();
        var bodies = new HashSet<string>();
        var statuses = new HashSet<HttpStatusCode>();

        // Alternated, one at a time, so both kinds meet the same moments of a busy machine.
        for (var i = 0; i < 450; i++)
        {
            var wrongShape = await Answer.GetAsync(app.Client, "/api/rsvp/" + Malformed(i));
            var rightShape = await Answer.GetAsync(app.Client, "/api/rsvp/" + ReplyToken.New().Value);
            if (i >= 50)
            {
                malformed.Add(wrongShape.Milliseconds);
                unknown.Add(rightShape.Milliseconds);
            }

            bodies.Add(wrongShape.Body);
            bodies.Add(rightShape.Body);
            statuses.Add(wrongShape.Status);
            statuses.Add(rightShape.Status);
        }

        var pairedDifferences = malformed.Zip(unknown, (m, u) => m - u).ToList();
        var spread = Stats.Percentile(unknown, 0.75) - Stats.Percentile(unknown, 0.25);
        output.WriteLine($"malformed: {Stats.Describe(malformed)}");
        output.WriteLine($"unknown:   {Stats.Describe(unknown)}");
        output.WriteLine($"median of paired differences (malformed - unknown): {Stats.Median(pairedDifferences):F3} ms; interquartile range of unknown: {spread:F3} ms");

        Assert.Equal([HttpStatusCode.NotFound], statuses);
        Assert.Contains("Linket virker ikke", Assert.Single(bodies));
        // Both cost one storage lookup: what is left between them must be small beside the noise of one kind alone.
        Assert.True(Math.Abs(Stats.Median(pairedDifferences)) <= Math.Max(0.25 * spread, 0.2),
            $"A malformed link is answered {Stats.Median(pairedDifferences):F3} ms apart from an unknown one (spread {spread:F3} ms)");
    }

    [Fact]
    public async Task Ten_thousand_wrong_links_and_a_thousand_wrong_keys_in_a_minute_get_plain_answers_the_keys_are_throttled_and_real_pages_keep_their_speed()
    {
        await using var app = await StartAsync();
        var (meetingId, token) = await InvitedMeetingAsync();
        var realRsvp = $"/api/rsvp/{token}?svar=deltager";
        var realOverview = $"/api/oversigt/{meetingId}";
        var keyHeader = ("X-AgendaFlow-Key", Key);
        var real = new ConcurrentQueue<(string Phase, string Page, Answer Answer)>();
        var phase = "before";
        using var stop = new CancellationTokenSource();
        var measuring = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                real.Enqueue((phase, "rsvp", await Answer.GetAsync(app.Client, realRsvp)));
                real.Enqueue((phase, "oversigt", await Answer.GetAsync(app.Client, realOverview, keyHeader)));
            }
        });

        await Task.Delay(QuietSpan);
        phase = "attack";
        using var tokenClient = LoopbackClient.From("127.0.0.2", app.Client.BaseAddress!, 16);
        using var keyClient = LoopbackClient.From("127.0.0.3", app.Client.BaseAddress!, 4);
        var attack = Stopwatch.StartNew();
        var tokenAnswers = Paced(WrongTokens, 16, i => Answer.GetAsync(tokenClient, "/api/rsvp/" + (i % 2 == 0 ? ReplyToken.New().Value : Malformed(i))));
        var keyAnswers = Paced(WrongKeys, 4, i => Answer.GetAsync(keyClient, $"/api/oversigt/{meetingId}?noegle=gaet-{i}"));
        var (tokens, keys) = (await tokenAnswers, await keyAnswers);
        var attackTime = attack.Elapsed;
        phase = "after";
        await Task.Delay(QuietSpan);
        await stop.CancelAsync();
        await measuring;

        // The attacker's address is refused even with the right key now; the secretariat's and a third address are not.
        using var thirdClient = LoopbackClient.From("127.0.0.4", app.Client.BaseAddress!, 1);
        var attackerWithRightKey = await Answer.GetAsync(keyClient, realOverview, keyHeader);
        var thirdWithWrongKey = await Answer.GetAsync(thirdClient, $"{realOverview}?noegle=forkert");
        var answered = await app.Client.PostAsync(realRsvp, new FormUrlEncodedContent([new("svar", "deltager")]));

        output.WriteLine($"attack: {WrongTokens} wrong links and {WrongKeys} wrong keys in {attackTime.TotalSeconds:F1} s");
        var ratios = new List<string>();
        foreach (var page in new[] { "rsvp", "oversigt" })
        {
            var quiet = real.Where(r => r.Page == page && r.Phase != "attack").Select(r => r.Answer.Milliseconds).ToList();
            var underAttack = real.Where(r => r.Page == page && r.Phase == "attack").Select(r => r.Answer.Milliseconds).ToList();
            output.WriteLine($"{page} quiet (before and after): {Stats.Describe(quiet)}");
            output.WriteLine($"{page} under attack:            {Stats.Describe(underAttack)}");
            var ratio = Stats.Median(underAttack) / Stats.Median(quiet);
            output.WriteLine($"{page}: median under attack / quiet = {ratio:F2}");
            ratios.Add($"{page} {ratio:F2}");
        }

        Assert.Equal(WrongTokens, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(HttpStatusCode.NotFound, t.Status));
        Assert.Contains("Linket virker ikke", Assert.Single(tokens.Select(t => t.Body).Distinct()));
        Assert.Equal(WrongKeys, keys.Count);
        Assert.Equal(WrongKeyLimit, keys.Count(k => k.Status == HttpStatusCode.Forbidden));
        Assert.Equal(WrongKeys - WrongKeyLimit, keys.Count(k => k.Status == HttpStatusCode.TooManyRequests));
        Assert.All(keys.Where(k => k.Status == HttpStatusCode.TooManyRequests), k =>
        {
            Assert.Contains("For mange forsøg", k.Body);
            Assert.True(int.Parse(k.RetryAfter!) is > 0 and <= 600, $"Retry-After {k.RetryAfter}");
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, attackerWithRightKey.Status);
        Assert.Equal(HttpStatusCode.Forbidden, thirdWithWrongKey.Status);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.True(attackTime < TimeSpan.FromMinutes(1), $"The flood took {attackTime.TotalSeconds:F1} s");
        Assert.All(real, r => Assert.Equal(HttpStatusCode.OK, r.Answer.Status));
        foreach (var page in new[] { "rsvp", "oversigt" })
        {
            var quiet = Stats.Median(real.Where(r => r.Page == page && r.Phase != "attack").Select(r => r.Answer.Milliseconds));
            var underAttack = Stats.Median(real.Where(r => r.Page == page && r.Phase == "attack").Select(r => r.Answer.Milliseconds));
            Assert.True(underAttack <= 1.2 * quiet, $"Real pages slowed under the flood: {string.Join(", ", ratios)} (median under attack / quiet)");
        }
    }

    /// <summary>
    /// <paramref name="count"/> requests spread evenly over <see cref="AttackSpan"/>, at most
    /// <paramref name="parallel"/> at a time.
    /// </summary>
    private static async Task<List<Answer>> Paced(int count, int parallel, Func<int, Task<Answer>> send)
    {
        var answers = new ConcurrentBag<Answer>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var due = AttackSpan * i / count;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                answers.Add(await send(i));
            }
        })));
        return answers.ToList();
    }

    /// <summary>Links that are no token: too short, too long, outside the alphabet, letters a URL must escape.</summary>
    private static string Malformed(int i) => (i % 5) switch
    {
        0 => ReplyToken.New().Value[..(1 + i % 19)],
        1 => ReplyToken.New().Value + "a",
        2 => ReplyToken.New().Value[..19] + "1",
        3 => Uri.EscapeDataString("æøå" + ReplyToken.New().Value[..17]),
        _ => new string('a', 200 + i % 100),
    };

    private Task<RunningApp> StartAsync() => MailApp.StartAsync(azurite, mail, settings:
    [
        ("AgendaFlow__SecretariatKey", Key),
        ("AgendaFlow__WrongKeys__Limit", WrongKeyLimit.ToString()),
        ("AgendaFlow__WrongKeys__Window", "00:10:00"),
    ]);

    private async Task<(string MeetingId, string Token)> InvitedMeetingAsync()
    {
        var committee = $"volume{Guid.NewGuid():N}"[..16];
        var date = new DateOnly(DateTime.UtcNow.Year + 1, 12, 17);
        var addresses = new[] { MailServers.NewAddress("volumen1"), MailServers.NewAddress("volumen2") };
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Følgegruppen for store mængder").AppendLine()
            .AppendLine($"Tid: Torsdag den 17. december {date.Year} kl. 09.00-10.00").AppendLine("Sted: Mødelokale 3").AppendLine()
            .AppendLine("Deltagere:").AppendLine($"Anne Andersen, {addresses[0]}").AppendLine($"Bo Bech, {addresses[1]}").AppendLine()
            .AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString());
        var invitation = Assert.Single(await mail.WaitForMessagesAsync(addresses[0], 1, TimeSpan.FromSeconds(60)));
        var link = RsvpLink().Match(invitation.TextBody ?? "");
        Assert.True(link.Success, "No answer link in:\n" + invitation.TextBody);
        return (MeetingId.For(committee, date).Value, link.Groups[1].Value);
    }

    [GeneratedRegex(@"/api/rsvp/([a-z2-7]{20})\?svar=")]
    private static partial Regex RsvpLink();
}
