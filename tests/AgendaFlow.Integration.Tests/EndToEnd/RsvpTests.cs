using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed partial class RsvpTests(Azurite azurite, MailServers mail)
{
    private readonly StorageProbeForMeetings _probe = new(azurite);

    [Fact]
    public async Task Opening_a_link_changes_nothing_and_pressing_the_button_records_the_afbud()
    {
        var (app, addresses, _) = await InvitedMeetingAsync(participants: 2);
        await using var _app = app;
        var link = await LinkAsync(addresses[0], "afbud", app);

        var page = await app.Client.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Bekræft: Jeg melder afbud", html);
        Assert.Contains("ikke svaret endnu", html);
        Assert.Contains("Følgegruppen &lt;b&gt;for&lt;/b&gt; svar &amp; afbud", html);
        Assert.DoesNotContain("<b>for</b>", html);
        Assert.Empty(await _probe.AnswersAsync());

        var posted = await app.Client.PostAsync(link, Form(("svar", "afbud")));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Vi har registreret dit afbud", await posted.Content.ReadAsStringAsync());
        var answer = Assert.Single(await _probe.AnswersAsync());
        Assert.Equal("Absent", answer.GetString("Status"));
        Assert.Equal("Link", answer.GetString("Channel"));
        Assert.Equal(addresses[0], answer.GetString("ParticipantKey"));
        Assert.Contains("afbud", await (await app.Client.GetAsync(link)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stand_in_named_on_the_page_is_recorded_and_gets_an_invitation_of_their_own()
    {
        var (app, addresses, _) = await InvitedMeetingAsync(participants: 1);
        await using var _app = app;
        var link = await LinkAsync(addresses[0], "stedfortraeder", app);
        var standIn = MailServers.NewAddress("stedfortraeder");

        var form = await (await app.Client.GetAsync(link)).Content.ReadAsStringAsync();
        var posted = await app.Client.PostAsync(link, Form(("svar", "stedfortraeder"), ("navn", "Peter Borup Sørensen"), ("email", standIn)));

        Assert.Contains("Stedfortræderens navn", form);
        Assert.Contains("Peter Borup Sørensen deltager i stedet for dig", await posted.Content.ReadAsStringAsync());
        var invitation = Assert.Single(await mail.WaitForMessagesAsync(standIn, 1, TimeSpan.FromSeconds(30)));
        Assert.StartsWith("Indkaldelse:", invitation.Subject);
        Assert.Equal("Peter Borup Sørensen", ((MailboxAddress)invitation.To.Single()).Name);
        var answer = Assert.Single(await _probe.AnswersAsync());
        Assert.Equal("Substitute", answer.GetString("Status"));
        Assert.Equal(standIn, answer.GetString("StandInEmail"));
    }

    [Fact]
    public async Task A_stand_in_without_a_name_is_refused_in_danish_and_nothing_is_recorded()
    {
        var (app, addresses, _) = await InvitedMeetingAsync(participants: 1);
        await using var _app = app;
        var link = await LinkAsync(addresses[0], "stedfortraeder", app);

        var posted = await app.Client.PostAsync(link, Form(("svar", "stedfortraeder"), ("navn", " "), ("email", "x@y.example")));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("Skriv stedfortræderens navn.", await posted.Content.ReadAsStringAsync());
        Assert.Empty(await _probe.AnswersAsync());
    }

    [Theory]
    [InlineData("Per Hansen", "per@example.com, boss@evil.example", "Skriv præcis én e-mailadresse")]
    [InlineData("Ib Iversen\r\nATTENDEE;CN=Evil:mailto:evil@evil.example", "ib@example.com", "Navnet må kun være én linje")]
    public async Task A_stand_in_that_is_not_one_name_and_one_address_is_refused_in_danish_and_nothing_is_recorded(string name, string email, string reason)
    {
        var (app, addresses, _) = await InvitedMeetingAsync(participants: 1);
        await using var _app = app;
        var link = await LinkAsync(addresses[0], "stedfortraeder", app);

        var posted = await app.Client.PostAsync(link, Form(("svar", "stedfortraeder"), ("navn", name), ("email", email)));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains(reason, System.Net.WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()));
        Assert.Empty(await _probe.AnswersAsync());
    }

    [Fact]
    public async Task An_unknown_token_gets_a_danish_page_and_404()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite);

        var response = await app.Client.GetAsync("/api/rsvp/aaaaaaaaaaaaaaaaaaaa?svar=afbud");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Linket virker ikke", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Uploads a small agenda whose title carries markup, and waits until everyone has their invitation.</summary>
    private async Task<(RunningApp App, List<string> Addresses, string Committee)> InvitedMeetingAsync(int participants)
    {
        var addresses = Enumerable.Range(1, participants).Select(i => MailServers.NewAddress($"rsvp{i}")).ToList();
        var committee = $"rsvp{Guid.NewGuid():N}"[..16];
        _probe.Committee = committee;
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden")
            .AppendLine("Følgegruppen <b>for</b> svar & afbud")
            .AppendLine()
            .AppendLine($"Tid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 09.00-10.00")
            .AppendLine("Sted: Mødelokale 3")
            .AppendLine()
            .AppendLine("Deltagere:");
        string[] names = ["Anne Andersen", "Bo Bech", "Carl Clausen"];
        foreach (var (address, i) in addresses.Select((a, i) => (a, i)))
        {
            agenda.AppendLine($"{names[i]}, {address}");
        }

        agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt");
        var app = await MailApp.StartAsync(azurite, mail);
        await new Functions.StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", agenda.ToString());
        foreach (var address in addresses)
        {
            await mail.WaitForMessagesAsync(address, 1, TimeSpan.FromSeconds(30));
        }

        return (app, addresses, committee);
    }

    /// <summary>The one-click link from the participant's invitation, pointed at the running app.</summary>
    private async Task<string> LinkAsync(string address, string answer, RunningApp app)
    {
        var invitation = (await mail.WaitForMessagesAsync(address, 1)).Single();
        var match = RsvpLink().Match(invitation.TextBody ?? "");
        Assert.True(match.Success, "No RSVP link in:\n" + invitation.TextBody);
        return $"/api/rsvp/{match.Groups[1].Value}?svar={answer}";
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex(@"https://agendaflow\.region\.example/api/rsvp/([a-z2-7]{20})\?svar=")]
    private static partial Regex RsvpLink();
}

/// <summary>The attendance rows of the meetings of one test's committee.</summary>
internal sealed class StorageProbeForMeetings(Azurite azurite)
{
    public string Committee { get; set; } = "";

    public async Task<List<TableEntity>> AnswersAsync()
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(AttendanceStore.TableName);
        await table.CreateIfNotExistsAsync();
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            if (row.PartitionKey.StartsWith(Committee, StringComparison.Ordinal))
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
