using System.Net;
using System.Text;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>
/// A reply the reader cannot decide goes to a person, and the secretariat sees why without opening it: against Azurite,
/// OpenSMTPD and Dovecot, the summary mail and the page list it as waiting with the reader's safe evidence (intent,
/// where, rule), and never the sender's words. The meeting is two days away, so nothing waits for it to end.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ManualHandlingEvidenceTests(Azurite azurite, MailServers mail)
{
    private const string Key = "sekretariatets-noegle";

    [Fact]
    public async Task An_unclear_reply_waits_for_a_person_and_the_summary_and_the_page_show_how_it_was_read_but_not_what_it_says()
    {
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        var secretariat = MailServers.NewAddress("sekretariat");
        var (anne, bo) = (MailServers.NewAddress("anne"), MailServers.NewAddress("bo"));
        var committee = $"manuel{Guid.NewGuid():N}"[..16];
        var date = DateOnly.FromDateTime(CopenhagenTime.ToLocal(DateTimeOffset.UtcNow).DateTime).AddDays(2);
        await using var app = await MailApp.StartAsync(azurite, mail, agendaMailbox,
            ("AgendaFlow__SecretariatAddress", secretariat), ("AgendaFlow__SecretariatKey", Key),
            // The test runs the timers itself, when the story needs them.
            ("AgendaFlow__Schedules__CollectReplies", "0 0 0 1 1 *"), ("AgendaFlow__Schedules__SendReminders", "0 0 0 1 1 *"),
            ("AgendaFlow__Schedules__SendAttendanceSummaries", "0 0 0 1 1 *"), ("AgendaFlow__Schedules__DraftReferater", "0 0 0 1 1 *"));
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Styregruppen for manuel behandling").AppendLine()
            .AppendLine($"Tid: {DanishText.LongDate(date)} kl. 10.00-12.00").AppendLine("Sted: Mødelokale 3").AppendLine()
            .AppendLine("Deltagere:").AppendLine($"Anne Holm, {anne}").AppendLine($"Bo Lund, {bo}").AppendLine()
            .AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt");
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", agenda.ToString());
        var invitation = (await mail.WaitForMessagesAsync(bo, 1, TimeSpan.FromSeconds(120))).Single();

        // Bo's answer says both: a person must read it.
        const string Words = "Jeg deltager gerne. Jeg melder afbud, for tandlægen har flyttet min tid.";
        await mail.SendAsync(Reply(invitation, bo, Words));
        await mail.WaitForMessagesAsync(agendaMailbox, 1, TimeSpan.FromSeconds(60));
        await RunAsync(app, "CollectReplies");
        await RunAsync(app, "SendAttendanceSummaries");

        var summary = await SummaryAsync(secretariat, "Fremmøde: Styregruppen for manuel behandling");
        var meetingId = MeetingId.For(committee, date).Value;
        var page = await app.Client.GetStringAsync($"/api/oversigt/{meetingId}?noegle={Key}");

        Assert.Contains("Svar, der venter på manuel behandling i mappen »Til manuel behandling« (1)", summary.TextBody);
        // Bo is on the seat list too; the waiting list comes after its heading.
        var waitingList = summary.TextBody!.Split("indholdet vises ikke her:")[1];
        var line = waitingList.Split('\n').Single(l => l.StartsWith("- Bo Lund", StringComparison.Ordinal));
        Assert.Contains("aflæst som unclear (text: ", line);
        Assert.Contains("Svar, der venter på manuel behandling (1)", page);
        Assert.Contains("Mailen er aflæst som unclear (text: ", page);
        foreach (var text in new[] { summary.TextBody!, summary.HtmlBody ?? "", page })
        {
            Assert.DoesNotContain("tandlægen", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("deltager gerne", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static MimeMessage Reply(MimeMessage invitation, string from, string text)
    {
        var reply = new MimeMessage { Subject = "SV: " + invitation.Subject, InReplyTo = invitation.MessageId, Date = DateTimeOffset.UtcNow };
        reply.References.Add(invitation.MessageId!);
        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.AddRange(invitation.ReplyTo);
        reply.Body = new TextPart("plain") { Text = text };
        return reply;
    }

    private static async Task RunAsync(RunningApp app, string function) =>
        Assert.Equal(HttpStatusCode.Accepted, (await app.Client.PostAsync($"/admin/functions/{function}", StandaloneModeTests.JsonContent("{}"))).StatusCode);

    /// <summary>This meeting's summary; other tests' meetings share Azurite and the secretariat, so theirs may come here too.</summary>
    private async Task<MimeMessage> SummaryAsync(string secretariat, string subject)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            var found = (await mail.WaitForMessagesAsync(secretariat, 1, TimeSpan.FromSeconds(90))).Where(m => m.Subject!.StartsWith(subject, StringComparison.Ordinal)).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(found);
            }

            await Task.Delay(250);
        }
    }
}
