using System.Text;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class SummaryTests(Azurite azurite, MailServers mail)
{
    [Fact]
    public async Task A_meeting_with_answers_in_every_state_gives_a_matching_summary_and_reminds_only_the_silent()
    {
        var secretariat = MailServers.NewAddress("sekretariat");
        string[] names = ["Anne Andersen", "Bo Bech", "Carl Clausen", "Dorthe Dam", "Erik Eriksen", "Frida Friis"];
        var people = names.Select(n => new Invitee(n, MailServers.NewAddress(n.Split(' ')[0].ToLowerInvariant()))).ToList();
        var committee = $"oversigt{Guid.NewGuid():N}"[..16];
        // Two days ahead: inside the default reminder stage (3 days) and before the final summary (24 hours).
        var date = DateOnly.FromDateTime(CopenhagenTime.ToLocal(DateTimeOffset.UtcNow).DateTime).AddDays(2);
        await using var app = await MailApp.StartAsync(azurite, mail, "dagsorden@region.example", ("AgendaFlow__SecretariatAddress", secretariat));
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Følgegruppen for oversigter").AppendLine()
            .AppendLine($"Tid: {DanishText.LongDate(date)} kl. 10.00-12.00").AppendLine("Sted: Mødelokale 4").AppendLine()
            .AppendLine("Deltagere:");
        foreach (var p in people)
        {
            agenda.AppendLine($"{p.Name}, {p.Email}");
        }

        agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt");
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", agenda.ToString());
        foreach (var p in people)
        {
            await mail.WaitForMessagesAsync(p.Email!, 1, TimeSpan.FromSeconds(60));
        }

        var meetingId = MeetingId.For(committee, date);
        var store = new AttendanceStore(Storage.StorageClients.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString }).Build()));
        var at = DateTimeOffset.UtcNow;
        await store.AppendAsync(meetingId, new AttendanceAnswer(people[0].Key, AttendanceStatus.Attending, at, AnswerChannel.Email, "<a@test>"), default);
        await store.AppendAsync(meetingId, new AttendanceAnswer(people[1].Key, AttendanceStatus.Absent, at, AnswerChannel.Link, "link-b"), default);
        await store.AppendAsync(meetingId, new AttendanceAnswer(people[2].Key, AttendanceStatus.Substitute, at, AnswerChannel.Email, "<c@test>", new Invitee("Peter Holm", null)), default);
        await store.AppendAsync(meetingId, new AttendanceAnswer(people[3].Key, AttendanceStatus.Partial, at, AnswerChannel.Email, "<d@test>"), default);
        await store.AppendAsync(meetingId, new AttendanceAnswer(people[4].Key, AttendanceStatus.Undeliverable, at, AnswerChannel.Email, "<e@test>"), default);

        await app.Client.PostAsync("/admin/functions/SendAttendanceSummaries", StandaloneModeTests.JsonContent("{}"));
        await app.Client.PostAsync("/admin/functions/SendReminders", StandaloneModeTests.JsonContent("{}"));

        var summary = (await mail.WaitForMessagesAsync(secretariat, 1, TimeSpan.FromSeconds(30))).Single();
        Assert.StartsWith("Fremmøde: Følgegruppen for oversigter", summary.Subject);
        var text = summary.TextBody ?? "";
        Assert.Contains("Pladser: 6. Forventet til stede: 3. Deltager: 1. Deltager delvis: 1. Stedfortræder: 1. Afbud: 1. Måske: 0. Ikke svaret: 1. Venter på manuel behandling: 0. Kunne ikke leveres: 1.", text);
        Assert.Contains("Endnu ikke beslutningsdygtigt efter svarene indtil nu: 3 af 6", text);
        Assert.Contains("- Carl Clausen: Stedfortræder, stedfortræder Peter Holm (har ikke svaret)", text);
        Assert.Contains("Invitationen kunne ikke leveres til:", text);
        // Before the meeting the summary says who is expected, never the referat's sentence.
        Assert.Contains("- Har meldt afbud: Bo Bech.", text);
        Assert.DoesNotContain("Alle var mødt", text);
        var csv = summary.Attachments.OfType<MimePart>().Single();
        using var csvText = new StreamReader(csv.Content!.Open());
        var seatLines = (await csvText.ReadToEndAsync()).Split("\r\n").TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(7, seatLines.Count);

        // Only Frida has not answered; the bounced address is not reminded.
        var reminder = (await mail.WaitForMessagesAsync(people[5].Email!, 2, TimeSpan.FromSeconds(30))).Last();
        Assert.StartsWith("Påmindelse:", reminder.Subject);
        foreach (var p in people.Take(5))
        {
            Assert.Equal(1, await mail.CountMessagesAsync(p.Email!));
        }

        // A second run of both timers sends nothing new.
        await app.Client.PostAsync("/admin/functions/SendAttendanceSummaries", StandaloneModeTests.JsonContent("{}"));
        await app.Client.PostAsync("/admin/functions/SendReminders", StandaloneModeTests.JsonContent("{}"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await mail.CountMessagesAsync(secretariat));
        Assert.Equal(2, await mail.CountMessagesAsync(people[5].Email!));
    }
}
