using System.Text;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using Ical.Net;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class AgendaRevisionTests(Azurite azurite, MailServers mail)
{
    [Fact]
    public async Task A_changed_agenda_updates_the_invited_invites_the_added_cancels_the_removed_and_answers_the_chair()
    {
        var chair = MailServers.NewAddress("formand");
        var (anne, bo, carl, dorthe) = (MailServers.NewAddress("anne"), MailServers.NewAddress("bo"), MailServers.NewAddress("carl"), MailServers.NewAddress("dorthe"));
        var committee = $"rev{Guid.NewGuid():N}"[..14];
        var blob = $"{committee}/dagsorden.txt";
        var storage = new StorageProbe(azurite);
        await using var app = await StartAsync();

        await storage.UploadAgendaAsync(blob, Agenda("Følgegruppen", "kl. 10.00-12.00", "Mødelokale 1", ("Anne Andersen", anne), ("Bo Bech", bo), ("Carl Clausen", carl)), uploader: chair);
        foreach (var address in new[] { anne, bo, carl })
        {
            await mail.WaitForMessagesAsync(address, 1, TimeSpan.FromSeconds(60));
        }

        var receipt = (await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(30))).Single();
        Assert.StartsWith("Dagsorden modtaget: Følgegruppen", receipt.Subject);
        Assert.Contains("3 deltagere får en personlig invitation", receipt.TextBody);

        await storage.UploadAgendaAsync(blob, Agenda("Følgegruppen", "kl. 13.00-15.00", "Vejle Rådhus", ("Anne Andersen", anne), ("Bo Bech", bo), ("Dorthe Dam", dorthe)), uploader: chair);

        var update = (await mail.WaitForMessagesAsync(anne, 2, TimeSpan.FromSeconds(60))).Last();
        Assert.StartsWith("Opdateret dagsorden: Følgegruppen", update.Subject);
        Assert.Contains("Mødestedet er nu: Vejle Rådhus.", update.TextBody);
        var updated = Calendar.Load(CalendarText(update))!;
        Assert.Equal(1, updated.Events.Single().Sequence);
        Assert.Equal("REQUEST", updated.Method);
        Assert.StartsWith("Indkaldelse:", (await mail.WaitForMessagesAsync(dorthe, 1, TimeSpan.FromSeconds(30))).Single().Subject);
        var removed = (await mail.WaitForMessagesAsync(carl, 2, TimeSpan.FromSeconds(30))).Last();
        Assert.Equal("CANCEL", Calendar.Load(CalendarText(removed))!.Method);
        Assert.Contains("Du er ikke længere inviteret", removed.TextBody);
        Assert.Contains("version 2", (await mail.WaitForMessagesAsync(chair, 2, TimeSpan.FromSeconds(30))).Last().TextBody);

        await storage.UploadAgendaAsync(blob, Agenda("AFLYST: Følgegruppen", "kl. 13.00-15.00", "Vejle Rådhus", ("Anne Andersen", anne), ("Bo Bech", bo), ("Dorthe Dam", dorthe)), uploader: chair);

        var cancellation = (await mail.WaitForMessagesAsync(bo, 3, TimeSpan.FromSeconds(60))).Last();
        Assert.Equal("Aflyst: Følgegruppen, 17. december " + (DateTime.UtcNow.Year + 1), cancellation.Subject);
        var cancelled = Calendar.Load(CalendarText(cancellation))!;
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal(2, cancelled.Events.Single().Sequence);
        Assert.Equal(2, await mail.CountMessagesAsync(carl));
    }

    [Fact]
    public async Task A_file_that_is_not_an_agenda_is_kept_and_the_chair_is_told_why_in_danish()
    {
        var chair = MailServers.NewAddress("formand");
        await using var app = await StartAsync();
        var blob = $"rej{Guid.NewGuid():N}"[..14] + "/notat.txt";

        await new StorageProbe(azurite).UploadAgendaAsync(blob, $"Notat {Guid.NewGuid()}\n\nHer er nogle tanker om budgettet for næste år, som vi bør drøfte en anden gang.\n", uploader: chair);

        var answer = (await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(30))).Single();
        Assert.Equal("Dagsordenen kunne ikke bruges: notat.txt", answer.Subject);
        Assert.Contains("Filen er gemt, så intet er gået tabt.", answer.TextBody);
        Assert.True(await new StorageProbe(azurite).ExistsAsync("agendas", blob));
        Assert.True(await new StorageProbe(azurite).ExistsAsync("agendas-rejected", blob + ".reason.txt"));
    }

    private Task<RunningApp> StartAsync() => MailApp.StartAsync(azurite, mail);

    private static string Agenda(string title, string time, string place, params (string Name, string Email)[] people)
    {
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine(title).AppendLine()
            .AppendLine($"Tid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} {time}")
            .AppendLine($"Sted: {place}").AppendLine()
            .AppendLine("Deltagere:");
        foreach (var (name, email) in people)
        {
            agenda.AppendLine($"{name}, {email}");
        }

        return agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString();
    }

    private static string CalendarText(MimeMessage message) =>
        message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar")).Text;
}
