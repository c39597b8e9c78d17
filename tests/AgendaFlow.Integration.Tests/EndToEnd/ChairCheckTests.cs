using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;

namespace AgendaFlow.Integration.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed partial class ChairCheckTests(Azurite azurite, MailServers mail)
{
    [Fact]
    public async Task An_agenda_with_an_uncertain_date_sends_only_the_chairs_receipt_until_the_chair_confirms_then_one_invitation_each()
    {
        var (chair, anne, bo) = (MailServers.NewAddress("formand"), MailServers.NewAddress("anne"), MailServers.NewAddress("bo"));
        var committee = $"tjek{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, settings: ("AgendaFlow__ChairCheck__Mode", "WhenUnsure"));

        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt",
            Agenda($"Dato: 2. december {DateTime.UtcNow.Year}\nTid: tirsdag d. 9/3 kl. 9-11", ("Anne Andersen", anne), ("Bo Bech", bo)), uploader: chair);

        var receipt = (await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(60))).Single();
        Assert.StartsWith("Tjek dagsordenen før udsendelse", receipt.Subject);
        Assert.Contains("Ingen invitationer er sendt endnu", receipt.TextBody);
        Assert.Contains("mødedato", receipt.TextBody);
        var link = PageLink().Match(receipt.TextBody ?? "").Groups[1].Value;
        Assert.Equal(0, await mail.CountMessagesAsync(anne));
        Assert.Equal(0, await mail.CountMessagesAsync(bo));

        var page = await app.Client.GetStringAsync($"/api/tjek/{link}");
        Assert.Matches("AgendaFlow er usikker på: [^<]*mødedato", page);
        Assert.Contains("Følgegruppen &lt;i&gt;tjek&lt;/i&gt;", page);
        var fields = Fields(page);

        var refused = await app.Client.PostAsync($"/api/tjek/{link}", Form(fields, ("email1", "bo@region.example, chef@evil.example")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Deltager 2: e-mailadresse", await refused.Content.ReadAsStringAsync());

        var nextYear = DateTime.UtcNow.Year + 1;
        var sent = await app.Client.PostAsync($"/api/tjek/{link}", Form(fields, ("dato", $"{nextYear}-03-09"), ("sted", "Regionshuset, lokale 2")));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.EndsWith($"/api/tjek/{link}", sent.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Invitationerne er sendt", await sent.Content.ReadAsStringAsync());

        var invitation = (await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(60))).Single();
        Assert.Contains($"9. marts {nextYear}", invitation.TextBody);
        Assert.Contains("Regionshuset, lokale 2", invitation.TextBody);
        await mail.WaitForMessagesAsync(bo, 1, TimeSpan.FromSeconds(60));

        var again = await app.Client.PostAsync($"/api/tjek/{link}", Form(fields, ("dato", $"{nextYear}-03-10")));
        Assert.Contains("Invitationerne er sendt", await again.Content.ReadAsStringAsync());
        await app.Client.PostAsync("/admin/functions/SendOutbox", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(1, await mail.CountMessagesAsync(anne));
        Assert.Equal(1, await mail.CountMessagesAsync(bo));
        Assert.Equal(1, await mail.CountMessagesAsync(chair));

        var stored = await MeetingRowAsync(committee);
        Assert.Equal($"{nextYear}-03-09", stored.GetString("Date"));
        Assert.Contains($"\"checkedBy\":\"{chair}\"", stored.GetString("Json"));
    }

    [Fact]
    public async Task An_agenda_the_parser_is_sure_of_is_sent_at_once_and_the_chair_gets_the_usual_receipt()
    {
        // Addresses that match the names, so the parser has nothing to doubt.
        var (chair, anne, bo, carl) = (MailServers.NewAddress("formand"), MatchingPerson.New("Anne", "Andersen"), MatchingPerson.New("Bo", "Bech"), MatchingPerson.New("Carl", "Clausen"));
        var committee = $"sikker{Guid.NewGuid():N}"[..14];
        await using var app = await MailApp.StartAsync(azurite, mail, settings: ("AgendaFlow__ChairCheck__Mode", "WhenUnsure"));

        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt",
            $"Dagsorden\nFølgegruppen\n\nTid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 10.00-12.00\nSted: Mødelokale 1\n\n" +
            $"Deltagere:\n{anne.Name}, {anne.Address}\n{bo.Name}, {bo.Address}\n{carl.Name}, {carl.Address}\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n", uploader: chair);

        var receipt = (await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(60))).Single();
        Assert.True((receipt.Subject ?? "").StartsWith("Dagsorden modtaget:", StringComparison.Ordinal), receipt.Subject + "\n" + receipt.TextBody);
        Assert.StartsWith("Indkaldelse:", (await mail.WaitForMessagesAsync(anne.Address, 1, TimeSpan.FromSeconds(60))).Single().Subject);
    }

    [Fact]
    public async Task An_unknown_check_link_gets_a_danish_page_and_404()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite);

        var response = await app.Client.GetAsync("/api/tjek/aaaaaaaaaaaaaaaaaaaa");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Linket virker ikke", await response.Content.ReadAsStringAsync());
    }

    private static string Agenda(string time, params (string Name, string Email)[] people)
    {
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Følgegruppen <i>tjek</i>").AppendLine()
            .AppendLine(time).AppendLine("Sted: Mødelokale 1").AppendLine()
            .AppendLine("Deltagere:");
        foreach (var (name, email) in people)
        {
            agenda.AppendLine($"{name}, {email}");
        }

        return agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString();
    }

    /// <summary>The form's fields as the page fills them in, so a test posts what a chair's browser would.</summary>
    private static Dictionary<string, string> Fields(string page) =>
        InputField().Matches(page).Where(m => m.Groups["type"].Value != "checkbox")
            .ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields, params (string Name, string Value)[] changes)
    {
        var form = new Dictionary<string, string>(fields);
        foreach (var (name, value) in changes)
        {
            form[name] = value;
        }

        return new FormUrlEncodedContent(form);
    }

    private async Task<TableEntity> MeetingRowAsync(string committee)
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(MeetingStore.MeetingsTable);
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == "meeting"))
        {
            if (row.GetString("Committee") == committee)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"No meeting stored for {committee}.");
    }

    [GeneratedRegex(@"https://agendaflow\.region\.example/api/tjek/([a-z2-7]{20})")]
    private static partial Regex PageLink();

    [GeneratedRegex("<input type=\"(?<type>[a-z]+)\" (?:id=\"[^\"]*\" )?name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputField();
}
