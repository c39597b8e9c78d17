using System.Diagnostics;
using System.Globalization;
using System.Text;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Mail;
using AgendaFlow.Storage;
using Azure.Core;
using Azure.Data.Tables;
using MailKit;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Xunit.Abstractions;

namespace AgendaFlow.Integration.Tests.Mail;

/// <summary>
/// The whole app against Exchange-like servers: OAuth2 tokens it renews itself (the test's credential stands in for
/// Entra ID and mints tokens that live four seconds), and a relay that takes 30 messages per 6 seconds: Exchange
/// Online's 30 a minute, ten times faster (the app's <c>RateWindow</c> is set to the same 6 seconds).
/// </summary>
[Collection(ExchangeLikeAppCollection.Name)]
public sealed class ExchangeLikeAppTests(Azurite azurite, ExchangeLikeMailServers servers, ITestOutputHelper output)
{
    private static readonly TimeSpan TokenLife = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Two_hundred_invitations_at_the_relays_limit_all_arrive_exactly_once_none_is_given_up_and_the_chair_is_told_when_the_last_goes()
    {
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        var chair = MailServers.NewAddress("formand");
        var credential = servers.Tokens(agendaMailbox, TokenLife);
        var participants = Enumerable.Range(1, 200).Select(i => MailServers.NewAddress($"deltager{i}")).ToList();
        await using var app = await StartAppAsync(agendaMailbox, credential);
        var started = Stopwatch.StartNew();

        await new StorageProbe(azurite).UploadAgendaAsync($"{Committee()}/dagsorden.txt", Agenda("Følgegruppen for udsendelse", participants), uploader: chair);
        var rows = await WaitForOutboxAsync(participants, r => r.GetString("State") == "Sent", participants.Count, TimeSpan.FromMinutes(6), app);
        var tookSeconds = started.Elapsed.TotalSeconds;

        // The receipt goes with the invitations, not after them, and says (to the minute) when the last one goes.
        var receipt = await ReceiptTextAsync(chair);
        var said = System.Text.RegularExpressions.Regex.Match(receipt, @"Den sidste forventes sendt ca\. kl\. (\d\d)\.(\d\d)");
        Assert.True(said.Success, receipt);
        var lastSent = AgendaFlow.Core.Scheduling.CopenhagenTime.ToLocal(rows.Max(r => r.GetDateTimeOffset("SentAt")!.Value));
        var promised = new TimeOnly(int.Parse(said.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(said.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.InRange((lastSent.TimeOfDay - promised.ToTimeSpan()).TotalMinutes, -2, 2);

        var delivered = servers.RelayLog.Split('\n').Where(l => l.Contains(" status=sent ", StringComparison.Ordinal)).ToList();
        Assert.All(participants, p => Assert.Equal(1, delivered.Count(l => l.Contains($"to=<{p}>", StringComparison.Ordinal))));
        Assert.DoesNotContain(rows, r => r.GetString("State") == "Failed");
        Assert.All(rows, r => Assert.True(r.GetInt32("Attempts") <= 1, $"{r.GetString("To")} took {r.GetInt32("Attempts")} counted tries."));
        var busiest = BusiestWindow();
        Assert.True(busiest <= ExchangeLikeMailServers.MessagesPerWindow, $"The relay accepted {busiest} messages within one 6-second window.");
        Assert.True(credential.Minted >= 3, $"Only {credential.Minted} token(s) for a run that outlasted several.");
        output.WriteLine($"200 invitations out in {tookSeconds:0} s at {ExchangeLikeMailServers.MessagesPerWindow} per {ExchangeLikeMailServers.RateWindow.TotalSeconds} s " +
            $"(Exchange: {tookSeconds * 10 / 60:0.0} min at 30/min); relay throttled {servers.ThrottledAnswers()} time(s); busiest window {busiest}; tokens {credential.Minted}.");
    }

    [Fact]
    public async Task Replies_collected_over_several_runs_with_tokens_expiring_between_them_are_each_handled_exactly_once()
    {
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        var credential = servers.Tokens(agendaMailbox, TokenLife);
        var participants = Enumerable.Range(1, 12).Select(i => MailServers.NewAddress($"svar{i}")).ToList();
        await using var app = await StartAppAsync(agendaMailbox, credential);
        await new StorageProbe(azurite).UploadAgendaAsync($"{Committee()}/dagsorden.txt", Agenda("Følgegruppen for svar", participants));
        await WaitForOutboxAsync(participants, r => r.GetString("State") == "Sent", participants.Count, TimeSpan.FromMinutes(3), app);

        // Three rounds of replies, a CollectReplies run after each, and a token lifetime between runs.
        foreach (var round in participants.Chunk(4))
        {
            foreach (var participant in round)
            {
                var invitation = await InvitationOfAsync(participant);
                await SendAsAsync(participant, Reply(invitation, participant, "Jeg melder desværre afbud.\n\nVenlig hilsen"));
            }

            await servers.WaitForCountAsync(agendaMailbox, round.Length, TimeSpan.FromSeconds(60));
            var run = await app.Client.PostAsync("/admin/functions/CollectReplies", StandaloneModeTests.JsonContent("{}"));
            Assert.True(run.IsSuccessStatusCode);
            await Task.Delay(TokenLife);
        }

        var answers = await AnswersAsync(participants);
        Assert.All(participants, p => Assert.Equal(1, answers.Count(a => a.GetString("ParticipantKey") == p && a.GetString("Status") == "Absent")));
        Assert.Equal(0, await servers.CountAsync(agendaMailbox));
        Assert.Equal(participants.Count, await servers.CountAsync(agendaMailbox, "AgendaFlow/Behandlet"));
        var confirmations = await WaitForOutboxAsync(participants, r => r.GetString("Subject")?.StartsWith("Svar registreret", StringComparison.Ordinal) == true && r.GetString("State") == "Sent",
            participants.Count, TimeSpan.FromMinutes(2), app);
        Assert.All(participants, p => Assert.Single(confirmations, r => r.GetString("To") == p));
        Assert.True(credential.Minted >= 3, $"Only {credential.Minted} token(s) over runs that outlasted several.");
        Assert.DoesNotContain($"oauth2({agendaMailbox}", string.Join('\n', servers.DovecotLog.Split('\n').Where(l => l.Contains("oauth2 failed", StringComparison.Ordinal))));
    }

    private Task<RunningApp> StartAppAsync(string agendaMailbox, TokenCredential credential) =>
        RunningApp.StandaloneAsync(
            azurite,
            services => services.AddSingleton(credential),
            ("AgendaFlow__Standalone__AgendaPollInterval", "00:00:00.250"),
            // Generated addresses do not match the names, which the chair's check would hold; this is not about that check.
            ("AgendaFlow__ChairCheck__Mode", "Never"),
            ("AgendaFlow__Smtp__Host", "127.0.0.1"),
            ("AgendaFlow__Smtp__Port", servers.SmtpPort.ToString(CultureInfo.InvariantCulture)),
            ("AgendaFlow__Smtp__Security", "StartTls"),
            ("AgendaFlow__Smtp__AuthMethod", "OAuth2"),
            ("AgendaFlow__Smtp__ServerCertificateThumbprint", servers.ServerCertificate.Thumbprint),
            ("AgendaFlow__Smtp__MessagesPerMinute", ExchangeLikeMailServers.MessagesPerWindow.ToString(CultureInfo.InvariantCulture)),
            ("AgendaFlow__Smtp__RateWindow", ExchangeLikeMailServers.RateWindow.ToString()),
            ("AgendaFlow__Smtp__RecipientsPerDay", "10000"),
            ("AgendaFlow__Imap__Host", "127.0.0.1"),
            ("AgendaFlow__Imap__Port", servers.ImapPort.ToString(CultureInfo.InvariantCulture)),
            ("AgendaFlow__Imap__Security", "StartTls"),
            ("AgendaFlow__Imap__AuthMethod", "OAuth2"),
            ("AgendaFlow__Imap__ServerCertificateThumbprint", servers.ServerCertificate.Thumbprint),
            ("AgendaFlow__OAuth2__TenantId", "00000000-0000-0000-0000-00000000aaaa"),
            ("AgendaFlow__OAuth2__ClientId", "00000000-0000-0000-0000-00000000bbbb"),
            ("AgendaFlow__OAuth2__Mailbox", agendaMailbox),
            ("AgendaFlow__FromAddress", agendaMailbox),
            ("AgendaFlow__PublicBaseUrl", "https://agendaflow.region.example"),
            ("AgendaFlow__Outbox__FirstRetryDelay", "00:00:01"),
            ("AgendaFlow__Schedules__SendOutbox", "*/2 * * * * *"),
            ("AgendaFlow__Schedules__CollectReplies", "0 0 0 1 1 *"));

    private static string Committee() => $"m365{Guid.NewGuid():N}"[..16];

    private static string Agenda(string title, IReadOnlyList<string> participants)
    {
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine(title).AppendLine()
            .AppendLine($"Tid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 09.00-10.00")
            .AppendLine("Sted: Mødelokale 3").AppendLine()
            .AppendLine("Deltagere:");
        string[] first = ["Anne", "Bo", "Carsten", "Dorthe", "Erik", "Frida", "Gorm", "Hanne", "Ib", "Jette"];
        string[] last = ["Andersen", "Bech", "Christensen", "Dam", "Eriksen", "Friis", "Gade", "Holm", "Iversen", "Jensen",
            "Kristensen", "Larsen", "Madsen", "Nielsen", "Olsen", "Poulsen", "Quist", "Rasmussen", "Sørensen", "Thomsen"];
        foreach (var (address, i) in participants.Select((a, i) => (a, i)))
        {
            agenda.AppendLine($"{first[i % first.Length]} {last[i / first.Length % last.Length]}, {address}");
        }

        return agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString();
    }

    /// <summary>Waits until at least <paramref name="count"/> outbox rows to these addresses match; returns the rows to them.</summary>
    private async Task<List<TableEntity>> WaitForOutboxAsync(
        IReadOnlyCollection<string> addresses, Func<TableEntity, bool> match, int count, TimeSpan timeout, RunningApp app)
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(Outbox.FinishedTableName);
        var wanted = addresses.ToHashSet(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await table.CreateIfNotExistsAsync();
            var rows = new List<TableEntity>();
            await foreach (var row in table.QueryAsync<TableEntity>())
            {
                if (wanted.Contains(row.GetString("To") ?? ""))
                {
                    rows.Add(row);
                }
            }

            if (rows.Count(match) >= count)
            {
                return rows.Where(match).ToList();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {rows.Count(match)} of {count} outbox rows matched in time.\nApp:\n{string.Join('\n', app.Logs.All.TakeLast(80))}\nPostfix:\n{string.Join('\n', servers.RelayLog.Split('\n').TakeLast(40))}");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>The most messages the relay accepted within any 6 seconds (its log has whole seconds).</summary>
    private int BusiestWindow()
    {
        var seconds = servers.RelayLog.Split('\n')
            .Where(l => l.Contains("/cleanup[", StringComparison.Ordinal) && l.Contains("message-id=", StringComparison.Ordinal))
            .Select(l => DateTime.ParseExact(l[..15], "MMM dd HH:mm:ss", CultureInfo.InvariantCulture))
            .ToList();
        var window = (int)ExchangeLikeMailServers.RateWindow.TotalSeconds;
        return seconds.Count == 0 ? 0 : seconds.Max(start => seconds.Count(s => s >= start && s < start.AddSeconds(window)));
    }

    private async Task<string> ReceiptTextAsync(string chair)
    {
        await servers.WaitForCountAsync(chair, 1, TimeSpan.FromSeconds(60));
        using var client = await servers.OpenImapClientAsync(chair);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var receipt = await client.Inbox.GetMessageAsync(0);
        await client.DisconnectAsync(true);
        return receipt.TextBody ?? "";
    }

    private async Task<MimeMessage> InvitationOfAsync(string participant)
    {
        await servers.WaitForCountAsync(participant, 1, TimeSpan.FromSeconds(60));
        using var client = await servers.OpenImapClientAsync(participant);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var invitation = await client.Inbox.GetMessageAsync(0);
        await client.DisconnectAsync(true);
        return invitation;
    }

    /// <summary>As the participant's own mail program does: logged in to the relay as them.</summary>
    private async Task SendAsAsync(string participant, MimeMessage message)
    {
        var options = servers.SmtpOptions(participant, new AccessTokenSource(servers.Tokens(participant, TimeSpan.FromMinutes(5))));
        options.ServerCertificateThumbprint = servers.ServerCertificate.Thumbprint;
        for (var attempt = 0; ; attempt++)
        {
            var result = Assert.Single(await new SmtpMailSender(options).SendEachAsync([message]).ToListAsync());
            if (result.Status == MailSendStatus.Sent)
            {
                return;
            }

            // The relay counts the test's own sending from the same address against the same limit.
            Assert.True(result.Status == MailSendStatus.Deferred && attempt < 20, $"Reply from {participant} not sent: {result.ServerResponse}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static MimeMessage Reply(MimeMessage invitation, string from, string text)
    {
        var reply = new MimeMessage();
        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.AddRange(invitation.ReplyTo.Count > 0 ? invitation.ReplyTo : invitation.From);
        reply.Subject = "SV: " + invitation.Subject;
        reply.InReplyTo = invitation.MessageId;
        reply.References.Add(invitation.MessageId!);
        reply.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("region.example");
        reply.Body = new TextPart("plain") { Text = text };
        return reply;
    }

    private async Task<List<TableEntity>> AnswersAsync(IReadOnlyCollection<string> participants)
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(AttendanceStore.TableName);
        var wanted = participants.ToHashSet(StringComparer.Ordinal);
        var answers = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            if (wanted.Contains(row.GetString("ParticipantKey") ?? ""))
            {
                answers.Add(row);
            }
        }

        return answers;
    }
}
