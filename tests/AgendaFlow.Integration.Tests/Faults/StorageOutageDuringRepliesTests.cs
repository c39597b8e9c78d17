using System.Net;
using AgendaFlow.Integration.Tests.EndToEnd;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using static AgendaFlow.Integration.Tests.Faults.OutageScenario;

namespace AgendaFlow.Integration.Tests.Faults;

/// <summary>
/// Storage stops while CollectReplies handles a chunk of replies from the agenda mailbox (Azurite stopped, then
/// started on the same data folder); the mailbox is real Dovecot, reached over IMAP, and the replies arrive through
/// the real relay. Every reply must end up counted once and filed once, whatever the outage interrupted.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class StorageOutageDuringRepliesTests(MailServers mail)
{
    private const int Count = 300;

    [Fact]
    public async Task Storage_going_away_while_300_replies_are_collected_counts_and_files_each_reply_exactly_once()
    {
        await using var storage = await FreshAzurite.StartAsync();
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        var participants = Participants(Count);
        await using var app = await MailApp.StartAsync(storage.Instance, mail, agendaMailbox, ("AgendaFlow__Outbox__FirstRetryDelay", "00:00:01"));
        await new StorageProbe(storage.Instance).UploadAgendaAsync("svar/dagsorden.txt", Agenda("Følgegruppen for svar", participants));
        await RunTimersUntilAsync(app, () => Task.FromResult(participants.All(Envelopes(mail).ContainsKey)), TimeSpan.FromMinutes(4), "Not every invitation went out.");
        // Every third participant sends afbud, the others say they come.
        var absent = participants.Where((_, i) => i % 3 == 0).ToHashSet(StringComparer.Ordinal);
        await SendRepliesAsync(participants, absent);
        await WaitAsync(async () => await mail.CountMessagesAsync(agendaMailbox) == Count, TimeSpan.FromMinutes(2), () => "The replies did not all reach the agenda mailbox.");

        await using var watch = OutageWatch.Begin(app);
        var recordedBefore = app.Logs.Count("recorded from reply");
        // Its own client: the run's answer is awaited whatever the outage costs in time.
        using var patient = new HttpClient { BaseAddress = app.Client.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var interrupted = patient.PostAsync("/admin/functions/CollectReplies", StandaloneModeTests.JsonContent("{}"));
        // Each reply is matched and logged before the chunk's answers are written: storage stops among them.
        await app.Logs.WaitForAsync("recorded from reply", TimeSpan.FromMinutes(2), recordedBefore + 10);
        await watch.StopStorageAsync(storage.Instance);
        var interruptedAnswer = await interrupted;
        var unfiledAfterTheStop = await mail.CountMessagesAsync(agendaMailbox);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await storage.Instance.StartAgainAsync();
        await WaitAsync(async () =>
        {
            // What the CollectReplies and SendOutbox timers would do, asked for now.
            await RunAsync(app, "CollectReplies");
            await RunAsync(app, "SendOutbox");
            var envelopes = Envelopes(mail);
            return await mail.CountMessagesAsync(agendaMailbox) == 0 && participants.All(p => envelopes.GetValueOrDefault(p) >= 2);
        }, TimeSpan.FromMinutes(4), () => "Not every reply was filed and confirmed after storage came back.\n" + string.Join("\n", app.Logs.All.TakeLast(60)));

        Assert.True(interruptedAnswer.StatusCode == HttpStatusCode.ServiceUnavailable && unfiledAfterTheStop > 0,
            $"The outage did not stop CollectReplies mid-run; the test proved nothing ({(int)interruptedAnswer.StatusCode}, {unfiledAfterTheStop} unfiled): {await interruptedAnswer.Content.ReadAsStringAsync()}");
        var answers = await AnswersAsync(storage.Instance);
        Assert.Equal(Count, answers.Count);
        Assert.Equal(participants.Order(StringComparer.Ordinal), answers.Select(a => a.GetString("ParticipantKey")).Order(StringComparer.Ordinal));
        Assert.All(answers, a => Assert.Equal(absent.Contains(a.GetString("ParticipantKey")) ? "Absent" : "Attending", a.GetString("Status")));
        var separator = await SeparatorAsync(agendaMailbox);
        Assert.Equal(Count, await CountAsync(agendaMailbox, $"AgendaFlow{separator}Behandlet"));
        Assert.Equal(0, await CountAsync(agendaMailbox, $"AgendaFlow{separator}Til manuel behandling"));
        // One invitation and one confirmation each: the interrupted chunk confirmed nobody twice.
        await RunAsync(app, "SendOutbox");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var final = Envelopes(mail);
        var notTwo = participants.Where(p => final.GetValueOrDefault(p) != 2).ToList();
        Assert.True(notTwo.Count == 0, $"{notTwo.Count} participants did not get exactly an invitation and a confirmation, e.g. {string.Join(", ", notTwo.Take(3).Select(p => $"{p}: {final.GetValueOrDefault(p)}"))}");
        await watch.AssertAnsweredThroughoutAsync();
        watch.AssertSaidOnceWithoutStackTraces(stoppedRun: "CollectReplies");
    }

    /// <summary>Each participant answers their own invitation from their mail client: to its Reply-To, through the relay.</summary>
    private async Task SendRepliesAsync(IReadOnlyList<string> participants, IReadOnlySet<string> absent)
    {
        var replies = new MimeMessage[participants.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, participants.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var client = await mail.OpenImapClientAsync(participants[i], ct);
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly, ct);
            var invitation = await client.Inbox.GetMessageAsync(0, ct);
            await client.DisconnectAsync(true, ct);
            var reply = new MimeMessage { Subject = "SV: " + invitation.Subject, InReplyTo = invitation.MessageId, Date = DateTimeOffset.UtcNow };
            reply.References.Add(invitation.MessageId!);
            reply.From.Add(MailboxAddress.Parse(participants[i]));
            reply.To.AddRange(invitation.ReplyTo);
            reply.Body = new TextPart("plain") { Text = absent.Contains(participants[i]) ? "Jeg melder afbud.\n\nMvh" : "Jeg deltager gerne.\n\nMvh" };
            replies[i] = reply;
        });

        foreach (var session in replies.Chunk(50))
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync("127.0.0.1", mail.SmtpPort, SecureSocketOptions.None);
            foreach (var reply in session)
            {
                await smtp.SendAsync(reply);
            }

            await smtp.DisconnectAsync(true);
        }
    }

    private static async Task<List<TableEntity>> AnswersAsync(Azurite storage)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in new TableServiceClient(storage.ConnectionString).GetTableClient(AttendanceStore.TableName).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The messages in a folder of the mailbox; a folder never made holds none.</summary>
    private async Task<int> CountAsync(string address, string folder)
    {
        try
        {
            return await mail.CountMessagesAsync(address, folder);
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }
    }

    private async Task<char> SeparatorAsync(string address)
    {
        using var client = await mail.OpenImapClientAsync(address);
        return client.PersonalNamespaces[0].DirectorySeparator;
    }
}
