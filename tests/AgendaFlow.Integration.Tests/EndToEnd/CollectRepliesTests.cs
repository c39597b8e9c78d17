using System.Net;
using System.Text;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class CollectRepliesTests(Azurite azurite, MailServers mail)
{
    [Fact]
    public async Task Replies_in_the_agenda_mailbox_become_attendance_and_are_filed_once()
    {
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        var (anne, bo, carl) = (MailServers.NewAddress("anne"), MailServers.NewAddress("bo"), MailServers.NewAddress("carl"));
        var standIn = MailServers.NewAddress("peter");
        var committee = $"svar{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, agendaMailbox);
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Følgegruppen for svar").AppendLine()
            .AppendLine($"Tid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 09.00-10.00")
            .AppendLine("Sted: Mødelokale 3").AppendLine()
            .AppendLine("Deltagere:")
            .AppendLine($"Anne Andersen, {anne}").AppendLine($"Bo Bech, {bo}").AppendLine($"Carl Clausen, {carl}")
            .AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt");
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", agenda.ToString());
        var invitationToAnne = (await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(60))).Single();
        var invitationToBo = (await mail.WaitForMessagesAsync(bo, 1, TimeSpan.FromSeconds(60))).Single();
        var invitationToCarl = (await mail.WaitForMessagesAsync(carl, 1, TimeSpan.FromSeconds(60))).Single();

        await mail.SendAsync(Reply(invitationToAnne, anne, "Jeg melder desværre afbud.\n\nMvh Anne"));
        await mail.SendAsync(Reply(invitationToBo, bo, $"Jeg kan ikke komme, men min stedfortræder Peter Holm ({standIn}) deltager i stedet for mig."));
        var outOfOffice = Reply(invitationToCarl, carl, "Jeg er på ferie til og med 4. januar.");
        outOfOffice.Subject = "Automatisk svar: " + invitationToCarl.Subject;
        outOfOffice.Headers.Add("Auto-Submitted", "auto-replied");
        await mail.SendAsync(outOfOffice);
        // Someone else answering for Carl from their own address, without Carl's token, changes nothing.
        var impostor = Reply(invitationToCarl, MailServers.NewAddress("kollega"), "Carl deltager.");
        impostor.To.Clear();
        impostor.To.Add(MailboxAddress.Parse(agendaMailbox));
        await mail.SendAsync(impostor);
        await mail.WaitForMessagesAsync(agendaMailbox, 4, TimeSpan.FromSeconds(30));

        var run = await app.Client.PostAsync("/admin/functions/CollectReplies", StandaloneModeTests.JsonContent("{}"));
        var again = await app.Client.PostAsync("/admin/functions/CollectReplies", StandaloneModeTests.JsonContent("{}"));

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var answers = await new StorageProbeForMeetings(azurite) { Committee = committee }.AnswersAsync();
        Assert.Equal(2, answers.Count);
        Assert.Contains(answers, a => a.GetString("ParticipantKey") == anne && a.GetString("Status") == "Absent" && a.GetString("Channel") == "Email");
        Assert.Contains(answers, a => a.GetString("ParticipantKey") == bo && a.GetString("Status") == "Substitute" && a.GetString("StandInEmail") == standIn);
        Assert.Equal(0, await mail.CountMessagesAsync(agendaMailbox));
        var separator = await SeparatorAsync(agendaMailbox);
        Assert.Equal(3, await mail.CountMessagesAsync(agendaMailbox, $"AgendaFlow{separator}Behandlet"));
        Assert.Equal(1, await mail.CountMessagesAsync(agendaMailbox, $"AgendaFlow{separator}Til manuel behandling"));

        var standInInvitation = (await mail.WaitForMessagesAsync(standIn, 1, TimeSpan.FromSeconds(30))).Single();
        Assert.StartsWith("Indkaldelse:", standInInvitation.Subject);
        var anneMail = await mail.WaitForMessagesAsync(anne, 2, TimeSpan.FromSeconds(30));
        var confirmation = anneMail.Single(m => m.Subject?.StartsWith("Svar registreret", StringComparison.Ordinal) == true);
        Assert.Equal("auto-replied", confirmation.Headers["Auto-Submitted"]);
        Assert.Contains("Vi har registreret dit afbud", confirmation.TextBody);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await mail.CountMessagesAsync(anne));
        Assert.Equal(1, await mail.CountMessagesAsync(carl));
    }

    [Fact]
    public async Task A_crash_between_storing_an_answer_and_filing_the_mail_counts_nothing_twice()
    {
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        var anne = MailServers.NewAddress("anne");
        var committee = $"crash{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, agendaMailbox);
        var agenda = $"Dagsorden\nFølgegruppen for nedbrud\n\nTid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 09.00-10.00\n\nDeltagere:\nAnne Andersen, {anne}\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n";
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", agenda);
        var invitation = (await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(60))).Single();
        var reply = Reply(invitation, anne, "Afbud.");
        await mail.SendAsync(reply);
        await mail.WaitForMessagesAsync(agendaMailbox, 1, TimeSpan.FromSeconds(30));

        // The run that crashed: the answer was stored and the confirmation queued, the mail never moved.
        var handler = app.Services.GetRequiredService<global::AgendaFlow.Functions.Features.Replies.ReplyHandler>();
        Assert.Equal(global::AgendaFlow.Functions.Features.Replies.ReplyOutcome.Handled, (await handler.HandleManyAsync([reply], CancellationToken.None))[0]);
        await app.Client.PostAsync("/admin/functions/CollectReplies", StandaloneModeTests.JsonContent("{}"));

        var answers = await new StorageProbeForMeetings(azurite) { Committee = committee }.AnswersAsync();
        Assert.Single(answers);
        Assert.Equal(0, await mail.CountMessagesAsync(agendaMailbox));
        await mail.WaitForMessagesAsync(anne, 2, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await mail.CountMessagesAsync(anne));
    }

    [Fact]
    public async Task An_agenda_mailed_by_a_roster_forperson_is_an_upload_and_the_chair_gets_the_receipt()
    {
        // Forperson, the gender-neutral chair: every chair's role may mail an agenda in (the whole list is CommitteeRoles, tested in Core).
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        var (chair, anne) = (MailServers.NewAddress("forperson"), MailServers.NewAddress("anne"));
        var committee = $"mail{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, agendaMailbox);
        var rosters = new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("rosters");
        await rosters.CreateIfNotExistsAsync();
        await rosters.GetBlobClient($"{committee}.csv").UploadAsync(BinaryData.FromString($"Navn;E-mail;Rolle\nMette Mortensen;{chair};Forperson\n"));
        var message = new MimeMessage { Subject = "Dagsorden til næste møde" };
        message.From.Add(MailboxAddress.Parse(chair));
        message.To.Add(MailboxAddress.Parse(agendaMailbox));
        var body = new BodyBuilder { TextBody = "Hermed dagsordenen." };
        body.Attachments.Add("dagsorden.txt", Encoding.UTF8.GetBytes(
            $"Dagsorden\nFølgegruppen for post\n\nTid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 09.00-10.00\n\nDeltagere:\nAnne Andersen, {anne}\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n"));
        message.Body = body.ToMessageBody();
        await mail.SendAsync(message);
        await mail.WaitForMessagesAsync(agendaMailbox, 1, TimeSpan.FromSeconds(30));

        var run = await app.Client.PostAsync("/admin/functions/CollectReplies", StandaloneModeTests.JsonContent("{}"));
        Assert.True(run.StatusCode == HttpStatusCode.Accepted, $"CollectReplies answered {(int)run.StatusCode}: {await run.Content.ReadAsStringAsync()}");

        Assert.StartsWith("Indkaldelse: Følgegruppen for post", (await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(60))).Single().Subject);
        Assert.StartsWith("Dagsorden modtaget:", (await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(30))).Single().Subject);
        Assert.True(await new StorageProbe(azurite).ExistsAsync("agendas", $"{committee}/dagsorden.txt"));
        Assert.Equal(0, await mail.CountMessagesAsync(agendaMailbox));
    }

    private static MimeMessage Reply(MimeMessage invitation, string from, string text)
    {
        var reply = new MimeMessage { Subject = "SV: " + invitation.Subject, InReplyTo = invitation.MessageId, Date = DateTimeOffset.UtcNow };
        reply.References.Add(invitation.MessageId!);
        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.AddRange(invitation.ReplyTo);
        reply.Body = new TextPart("plain") { Text = text + "\n\nFra: AgendaFlow\nSendt: i går\nEmne: " + invitation.Subject + "\n\n" + invitation.TextBody };
        return reply;
    }

    private async Task<char> SeparatorAsync(string address)
    {
        using var client = await mail.OpenImapClientAsync(address);
        return client.PersonalNamespaces[0].DirectorySeparator;
    }
}
