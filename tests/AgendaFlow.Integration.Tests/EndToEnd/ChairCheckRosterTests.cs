using System.Net;
using System.Text.RegularExpressions;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using Azure.Storage.Blobs;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>
/// The chair's check as a committee sets it, against Azurite and the mail servers: the roster's <c>tjek-altid</c> holds
/// an upload the parser is sure of, <c>tjek-aldrig</c> sends an unsure one at once, a participant without an address
/// holds a sure upload, and a check link whose agenda was uploaded again says a newer version has come.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class ChairCheckRosterTests(Azurite azurite, MailServers mail)
{
    /// <summary>A document date and a meeting day without a year: the parser takes the year from context and says so.</summary>
    private static string UncertainDate => $"Dato: 2. december {DateTime.UtcNow.Year}\nTid: tirsdag d. 9/3 kl. 9-11";

    private static string SureTime => $"Tid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 10.00-12.00";

    [Fact]
    public async Task A_roster_that_says_tjek_altid_holds_an_upload_the_parser_is_sure_of()
    {
        var (chair, anne, bo) = (MailServers.NewAddress("formand"), MatchingPerson.New("Anne", "Andersen"), MatchingPerson.New("Bo", "Bech"));
        var committee = $"altid{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, settings: ("AgendaFlow__ChairCheck__Mode", "WhenUnsure"));
        await RosterAsync(committee, "Formandens tjek;;tjek-altid");

        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", Agenda(SureTime, anne, bo), uploader: chair);

        var receipt = (await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(90))).Single();
        Assert.StartsWith("Tjek dagsordenen før udsendelse", receipt.Subject);
        Assert.Contains("Ingen invitationer er sendt endnu", receipt.TextBody);
        Assert.Equal(0, await mail.CountMessagesAsync(anne.Address));
        Assert.Equal(0, await mail.CountMessagesAsync(bo.Address));
    }

    [Fact]
    public async Task A_roster_that_says_tjek_aldrig_sends_an_unsure_upload_at_once()
    {
        var (chair, anne, bo) = (MailServers.NewAddress("formand"), MailServers.NewAddress("anne"), MailServers.NewAddress("bo"));
        var committee = $"aldrig{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, settings: ("AgendaFlow__ChairCheck__Mode", "WhenUnsure"));
        await RosterAsync(committee, "Formandens tjek;;tjek-aldrig");

        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", Agenda(UncertainDate, ("Anne Andersen", anne), ("Bo Bech", bo)), uploader: chair);

        Assert.StartsWith("Indkaldelse:", (await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(90))).Single().Subject);
        Assert.StartsWith("Indkaldelse:", (await mail.WaitForMessagesAsync(bo, 1, TimeSpan.FromSeconds(90))).Single().Subject);
        var receipt = (await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(60))).Single();
        Assert.StartsWith("Dagsorden modtaget:", receipt.Subject);
    }

    [Fact]
    public async Task A_participant_without_an_address_holds_an_upload_the_parser_is_otherwise_sure_of()
    {
        var (chair, anne) = (MailServers.NewAddress("formand"), MatchingPerson.New("Anne", "Andersen"));
        var committee = $"udenadr{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, settings: ("AgendaFlow__ChairCheck__Mode", "WhenUnsure"));

        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", Agenda(SureTime, (anne.Name, anne.Address), ("Bo Bech", null)), uploader: chair);

        var receipt = (await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(90))).Single();
        Assert.StartsWith("Tjek dagsordenen før udsendelse", receipt.Subject);
        Assert.Contains("Bo Bech", receipt.TextBody);
        Assert.Equal(0, await mail.CountMessagesAsync(anne.Address));
    }

    [Fact]
    public async Task A_check_link_whose_agenda_was_uploaded_again_says_a_newer_version_has_come_and_the_new_link_works()
    {
        var (chair, anne, bo) = (MailServers.NewAddress("formand"), MailServers.NewAddress("anne"), MailServers.NewAddress("bo"));
        var committee = $"nyere{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, settings: ("AgendaFlow__ChairCheck__Mode", "WhenUnsure"));
        var probe = new StorageProbe(azurite);

        await probe.UploadAgendaAsync($"{committee}/dagsorden.txt", Agenda(UncertainDate, ("Anne Andersen", anne), ("Bo Bech", bo)), uploader: chair);
        var first = PageLink().Match((await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(90))).Single().TextBody ?? "").Groups[1].Value;
        await probe.UploadAgendaAsync($"{committee}/dagsorden.txt", Agenda(UncertainDate, ("Anne Andersen", anne), ("Bo Bech", bo), ("Carl Clausen", MailServers.NewAddress("carl"))), uploader: chair);
        var receipts = await mail.WaitForMessagesAsync(chair, 2, TimeSpan.FromSeconds(90));
        var second = receipts.Select(r => PageLink().Match(r.TextBody ?? "").Groups[1].Value).Single(l => l.Length > 0 && l != first);

        var old = await app.Client.GetAsync($"/api/tjek/{first}");
        Assert.Equal(HttpStatusCode.Conflict, old.StatusCode);
        Assert.Contains("Der er kommet en nyere version", await old.Content.ReadAsStringAsync());
        var current = await app.Client.GetStringAsync($"/api/tjek/{second}");
        Assert.Contains("Carl Clausen", current);
        Assert.Equal(0, await mail.CountMessagesAsync(anne));
    }

    private async Task RosterAsync(string committee, string overrideRow)
    {
        var rosters = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("rosters");
        await rosters.CreateIfNotExistsAsync();
        await rosters.GetBlobClient($"{committee}.csv").UploadAsync(BinaryData.FromString($"Navn;E-mail;Rolle\n{overrideRow}\n"), overwrite: true);
    }

    private static string Agenda(string time, params (string Name, string? Email)[] people) =>
        "Dagsorden\nFølgegruppen\n\n" + time + "\nSted: Mødelokale 1\n\nDeltagere:\n" +
        string.Concat(people.Select(p => p.Email is null ? $"{p.Name}\n" : $"{p.Name}, {p.Email}\n")) +
        "\n1. Godkendelse af dagsorden\n2. Eventuelt\n";

    [GeneratedRegex(@"https://agendaflow\.region\.example/api/tjek/([a-z2-7]{20})")]
    private static partial Regex PageLink();
}
