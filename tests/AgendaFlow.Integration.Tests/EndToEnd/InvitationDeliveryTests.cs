using System.Net;
using System.Text;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Ical.Net;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class InvitationDeliveryTests(Azurite azurite, MailServers mail)
{
    private static readonly string[] WordAgendaParticipants =
    [
        "marianne.holst@rm.example",
        "kristian.lund@herning.example",
        "sofie.dahl@randers.example",
        "ahmad.rahimi@plo.example",
        "birgitte.sondergaard@rm.example",
        "jens.aebelo@rm.example",
    ];

    private readonly StorageProbe _storage = new(azurite);

    private Task<RunningApp> StartAppAsync() => MailApp.StartAsync(azurite, mail, "dagsorden@region.example", ("AgendaFlow__SecretariatAddress", "sekretariat@region.example"), ("AgendaFlow__Outbox__FirstRetryDelay", "00:00:01"));

    [Fact]
    public async Task Uploading_the_word_agenda_leaves_exactly_one_invitation_in_each_participants_mailbox()
    {
        await using var app = await StartAppAsync();
        var word = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", "sundhedsstyregruppen-2026-12-10.docx"));

        await _storage.UploadAgendaAsync("sundhed/sundhedsstyregruppen-2026-12-10.docx", word, uploader: "udvalgssekretaer@rm.example");

        foreach (var address in WordAgendaParticipants)
        {
            var message = Assert.Single(await WithAppLogAsync(app, mail.WaitForMessagesAsync(address, 1, TimeSpan.FromSeconds(90))));
            Assert.Equal("Indkaldelse: Sundhedsstyregruppen, 10. december 2026", message.Subject);
            Assert.StartsWith("dagsorden+", message.ReplyTo.Mailboxes.Single().Address);
            var calendarPart = message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar"));
            var calendar = Calendar.Load(calendarPart.Text)!;
            var meeting = calendar.Events.Single();
            Assert.Equal("REQUEST", calendar.Method);
            Assert.Equal("sundhed-2026-12-10@region.example", meeting.Uid);
            Assert.Equal("Sundhedsstyregruppen", meeting.Summary);
            Assert.Equal(new DateTime(2026, 12, 10, 12, 0, 0, DateTimeKind.Utc), meeting.DtStart!.AsUtc);
            Assert.Equal(new DateTime(2026, 12, 10, 14, 30, 0, DateTimeKind.Utc), meeting.DtEnd!.AsUtc);
            Assert.Equal($"mailto:{address}", meeting.Attendees.Single().Value!.ToString());
            Assert.Contains(message.Attachments.OfType<MimePart>(), a => a.FileName == "sundhedsstyregruppen-2026-12-10.docx");
        }

        // The blob event delivered again, and the outbox run again, send nothing new.
        var again = await app.Client.PostAsync("/admin/functions/AgendaUploaded", StandaloneModeTests.JsonContent("""{"input": "agendas/sundhed/sundhedsstyregruppen-2026-12-10.docx"}"""));
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await app.Client.PostAsync("/admin/functions/SendOutbox", StandaloneModeTests.JsonContent("{}"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var address in WordAgendaParticipants)
        {
            Assert.Equal(1, await mail.CountMessagesAsync(address));
        }
    }

    [Fact]
    public async Task When_the_mail_server_stops_mid_batch_every_participant_still_gets_exactly_one_invitation()
    {
        // Enough that sending takes a while even without Nagle's delays (a few ms a mail here), so the stop lands mid-batch.
        var participants = Enumerable.Range(1, 300).Select(i => MailServers.NewAddress($"deltager{i}")).ToList();
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden")
            .AppendLine("Følgegruppen for afprøvning")
            .AppendLine()
            .AppendLine("Tid: Onsdag den 16. december 2026 kl. 10.00-12.00")
            .AppendLine("Sted: Mødelokale 2")
            .AppendLine()
            .AppendLine("Deltagere:");
        string[] first = ["Anne", "Bo", "Carsten", "Dorthe", "Erik", "Frida", "Gorm", "Hanne", "Ib", "Jette"];
        string[] last = ["Andersen", "Bech", "Christensen", "Dam", "Eriksen", "Friis", "Gade", "Holm", "Iversen", "Jensen",
            "Kristensen", "Larsen", "Madsen", "Nielsen", "Olsen", "Poulsen", "Quist", "Rasmussen", "Sørensen", "Thomsen",
            "Udsen", "Vestergaard", "Winther", "Yde", "Østergaard", "Bak", "Krogh", "Lund", "Mikkelsen", "Nørgaard"];
        foreach (var (address, i) in participants.Select((a, i) => (a, i)))
        {
            agenda.AppendLine($"{first[i % first.Length]} {last[i / first.Length]}, {address}");
        }

        agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt");
        await using var app = await StartAppAsync();
        var committee = $"afproevning{Guid.NewGuid():N}"[..20];

        await _storage.UploadAgendaAsync($"{committee}/dagsorden.txt", agenda.ToString());
        await WithAppLogAsync(app, WaitForSentAsync(atLeast: 1, TimeSpan.FromSeconds(120)));
        await mail.StopSmtpAsync();
        var sentBeforeTheStop = await SentCountAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await mail.StartSmtpAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (await SentCountAsync() < participants.Count && DateTime.UtcNow < deadline)
        {
            await app.Client.PostAsync("/admin/functions/SendOutbox", StandaloneModeTests.JsonContent("{}"));
            await Task.Delay(500);
        }

        Assert.True(sentBeforeTheStop < participants.Count, "The whole batch went out before the server stopped; the test proved nothing.");
        // Handed to the relay exactly once each: the relay's log has one accepted envelope per participant. A
        // mailbox may still hold more than one copy: OpenSMTPD killed between delivering and dequeuing delivers
        // again after its restart (at least once, on its side). Such a copy has the same Message-Id, and mail
        // programs show it as one. Once, a copy without any Message-Id sat beside the invitation after a stop:
        // every mail AgendaFlow writes has one, so that copy came from the relay, and the envelope count below
        // still says AgendaFlow handed over one invitation.
        foreach (var address in participants)
        {
            var received = await mail.WaitForMessagesAsync(address, 1, TimeSpan.FromSeconds(30));
            var accepted = mail.SmtpLog.Split('\n').Count(l => l.Contains("smtp envelope") && l.Contains($"to=<{address}>"));
            Assert.True(accepted == 1, $"The relay accepted {accepted} invitations for {address}.\n{mail.SmtpLog}");
            var withId = received.Where(m => m.MessageId is not null).ToList();
            Assert.True(withId.Count > 0 && withId.Select(m => m.MessageId).Distinct().Count() == 1 && withId[0].Subject?.StartsWith("Indkaldelse:", StringComparison.Ordinal) == true,
                $"{address} holds:\n" + string.Join("\n---\n", received.Select(m => m.Headers.ToString() + $"[text body: {m.TextBody?.Length ?? 0} chars]")) + $"\n{mail.SmtpLog}");
        }
    }

    private static async Task<T> WithAppLogAsync<T>(RunningApp app, Task<T> wait)
    {
        try
        {
            return await wait;
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + "\nApp:\n" + string.Join("\n", app.Logs.All), ex);
        }
    }

    private async Task<int> SentCountAsync()
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(Outbox.FinishedTableName);
        await table.CreateIfNotExistsAsync();
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.GetString("State") == "Sent" && e.PartitionKey.CompareTo("afproevning") >= 0 && e.PartitionKey.CompareTo("afproevninh") < 0))
        {
            count++;
        }

        return count;
    }

    private async Task<bool> WaitForSentAsync(int atLeast, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await SentCountAsync() < atLeast)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Fewer than {atLeast} mails were sent within {timeout.TotalSeconds} s.\n{mail.SmtpLog}");
            }

            await Task.Delay(20);
        }

        return true;
    }
}
