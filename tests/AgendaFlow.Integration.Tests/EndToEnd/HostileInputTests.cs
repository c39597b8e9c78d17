using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;
using Azure.Storage.Blobs;
using Ical.Net;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>
/// What a hostile invitee, roster or file name can do through the app's real doors (the answer page, the
/// secretariat's page, the agendas container, the roster, the admin endpoint): nothing is added to a calendar or a
/// mail, nobody else is blocked, nothing is written outside the app's containers, no secret reaches the log, and every
/// refusal is plain Danish.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class HostileInputTests(Azurite azurite, MailServers mail)
{
    private const string Key = "sekretariatets-hemmelige-noegle";
    private const string Evil = "evil.example";

    [Fact]
    public async Task Hostile_answers_and_a_hostile_roster_row_change_nobody_and_the_next_version_reaches_everyone_without_a_secret_in_the_log()
    {
        var committee = $"fjendtlig{Guid.NewGuid():N}"[..18];
        var (anne, bo, carl) = (MailServers.NewAddress("anne"), MailServers.NewAddress("bo"), MailServers.NewAddress("carl"));
        var chair = MailServers.NewAddress("formand");
        await UploadRosterAsync(committee,
            "Navn,E-mail\n" +
            $"Anne Andersen,{anne}\n" +
            $"Dorte Dam,\"dorte@{Evil}, boss@{Evil}\"\n" +
            $"Erik Eriksen,\"erik@{Evil}\rBcc: boss@{Evil}\"\n");
        await using var app = await MailApp.StartAsync(azurite, mail, settings: [("AgendaFlow__SecretariatKey", Key)]);
        var blob = $"{committee}/dagsorden.txt";
        var people = new[] { ("Anne Andersen", anne), ("Bo Bech", bo), ("Carl Clausen", carl) };

        await new StorageProbe(azurite).UploadAgendaAsync(blob, Agenda("kl. 09.00-10.00", people), uploader: chair);
        var first = new Dictionary<string, MimeMessage>();
        foreach (var (_, address) in people)
        {
            first[address] = (await mail.WaitForMessagesAsync(address, 1, TimeSpan.FromSeconds(60))).Single();
        }

        var tokens = people.ToDictionary(p => p.Item2, p => RsvpToken().Match(first[p.Item2].TextBody ?? "").Groups[1].Value);
        Assert.All(tokens.Values, t => Assert.Equal(20, t.Length));

        // The answer page: a list as the stand-in's address, a calendar line in the name, answers by number.
        await AssertRefusedAsync(app.Client.PostAsync($"/api/rsvp/{tokens[anne]}", Form(("svar", "stedfortraeder"), ("navn", "Per Hansen"), ("email", $"per@{Evil}, boss@{Evil}"))), "e-mailadresse");
        await AssertRefusedAsync(app.Client.PostAsync($"/api/rsvp/{tokens[anne]}", Form(("svar", "stedfortraeder"), ("navn", $"Ib Iversen\r\nATTENDEE;CN=Evil:mailto:evil@{Evil}"), ("email", "ib@region.example"))), "én linje");
        await AssertRefusedAsync(app.Client.PostAsync($"/api/rsvp/{tokens[bo]}", Form(("svar", "99"))), "»svar«");
        await AssertRefusedAsync(app.Client.PostAsync($"/api/rsvp/{tokens[bo]}", Form(("svar", "1"))), "»svar«");

        // The secretariat's page: the key leaves the address at the browser's first visit; numbers are no answers.
        var meetingId = Core.Meetings.MeetingId.For(committee, new DateOnly(DateTime.UtcNow.Year + 1, 12, 17)).Value;
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Client.BaseAddress };
        using var firstVisit = new HttpRequestMessage(HttpMethod.Get, $"/api/oversigt/{meetingId}?noegle={Key}");
        firstVisit.Headers.Add("Sec-Fetch-Mode", "navigate");
        firstVisit.Headers.Add("Sec-Fetch-Site", "none");
        var redirect = await browser.SendAsync(firstVisit);
        Assert.Equal(HttpStatusCode.SeeOther, redirect.StatusCode);
        Assert.Equal($"/api/oversigt/{meetingId}", redirect.Headers.Location!.OriginalString);
        var cookie = Assert.Single(redirect.Headers.GetValues("Set-Cookie"));
        Assert.Contains("Secure", cookie);
        Assert.Contains("HttpOnly", cookie);
        Assert.Contains("SameSite=Strict", cookie);
        Assert.DoesNotContain(Key, cookie);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location);
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        var page = await browser.SendAsync(withCookie);
        var pageHtml = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("noegle", pageHtml);
        Assert.DoesNotContain(Key, pageHtml);
        // The roster's rows with a list and a line break as address are lines for the secretariat, not recipients.
        Assert.Contains("Række 3", WebUtility.HtmlDecode(pageHtml));
        Assert.Equal(2, Regex.Count(WebUtility.HtmlDecode(pageHtml), "er ikke én e-mailadresse"));
        await AssertRefusedAsync(app.Client.PostAsync($"/api/oversigt/{meetingId}?noegle={Key}",
            Form(("deltager", anne), ("svar", "2"), ("af", "Karin Sekretær"))), "»svar«");

        // A plain answer still goes through, and it is the only one recorded.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync($"/api/rsvp/{tokens[carl]}", Form(("svar", "deltager")))).StatusCode);
        Assert.Equal(carl, Assert.Single(await new StorageProbeForMeetings(azurite) { Committee = committee }.AnswersAsync()).GetString("ParticipantKey"));

        // The next version reaches every participant, each with their own invitation and nobody added.
        await new StorageProbe(azurite).UploadAgendaAsync(blob, Agenda("kl. 13.00-14.00", people), uploader: chair);
        foreach (var (_, address) in people)
        {
            var messages = await mail.WaitForMessagesAsync(address, 2, TimeSpan.FromSeconds(60));
            Assert.Equal(2, messages.Count);
            var update = messages.Last();
            Assert.StartsWith("Opdateret dagsorden:", update.Subject);
            Assert.Equal([address], update.To.Mailboxes.Concat(update.Cc.Mailboxes).Concat(update.Bcc.Mailboxes).Select(m => m.Address));
            var (attendees, organizers) = CalendarEntries(update);
            Assert.Equal(CalendarEntries(first[address]).Attendees, attendees);
            Assert.Equal(1, organizers);
        }

        Assert.Equal(2, (await mail.WaitForMessagesAsync(chair, 2, TimeSpan.FromSeconds(30))).Count);
        Assert.DoesNotContain(Evil, mail.SmtpLog);

        // The log of the whole run, including every scope, holds no token and no key.
        var log = string.Join("\n", app.Logs.All.Concat(app.Logs.Scopes));
        Assert.Contains("/api/rsvp/#", log);
        Assert.Contains("noegle=#", log);
        foreach (var secret in tokens.Values.Append(Key))
        {
            Assert.DoesNotContain(secret, log);
        }
    }

    [Fact]
    public async Task The_chairs_link_is_not_in_the_log()
    {
        var committee = $"tjekfjendtlig{Guid.NewGuid():N}"[..20];
        var chair = MailServers.NewAddress("formand");
        await using var app = await MailApp.StartAsync(azurite, mail, settings: [("AgendaFlow__ChairCheck__Mode", "Always")]);

        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", Agenda("kl. 09.00-10.00", ("Anne Andersen", MailServers.NewAddress("anne"))), uploader: chair);
        var link = ChairToken().Match((await mail.WaitForMessagesAsync(chair, 1, TimeSpan.FromSeconds(60))).Single().TextBody ?? "");
        Assert.True(link.Success);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync($"/api/tjek/{link.Groups[1].Value}")).StatusCode);

        var log = string.Join("\n", app.Logs.All.Concat(app.Logs.Scopes));
        Assert.Contains("/api/tjek/#", log);
        Assert.DoesNotContain(link.Groups[1].Value, log);
    }

    [Fact]
    public async Task A_thousand_character_file_name_is_refused_once_with_a_reason_beside_and_no_mail_goes()
    {
        var committee = $"lang{Guid.NewGuid():N}"[..14];
        var participant = MailServers.NewAddress("anne");
        var chair = MailServers.NewAddress("formand");
        var name = $"{committee}/{new string('a', 1000 - committee.Length - 5)}.txt";
        var before = await BlobsAsync();
        await using var app = await MailApp.StartAsync(azurite, mail);

        await new StorageProbe(azurite).UploadAgendaAsync(name, Agenda("kl. 09.00-10.00", ("Anne Andersen", participant)), uploader: chair);
        await app.Logs.WaitForAsync("Agenda name refused", TimeSpan.FromSeconds(30));
        // Many more scans of the container (every 250 ms) go by: the refusal is an answer, not a failure to retry.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(1, app.Logs.Count("Agenda name refused"));
        Assert.Equal(0, app.Logs.Count("left alone"));
        Assert.Equal(0, await mail.CountMessagesAsync(participant));
        Assert.Equal(0, await mail.CountMessagesAsync(chair));
        var added = (await BlobsAsync()).Except(before).Where(b => !b.StartsWith(Outbox.ContainerName + "/", StringComparison.Ordinal)).ToList();
        var reason = Assert.Single(added, b => b.StartsWith($"{Containers.RejectedAgendas}/{AgendaStore.RefusedNamesFolder}/", StringComparison.Ordinal));
        Assert.Equal(new[] { $"{Containers.Agendas}/{name}", reason }.Order(StringComparer.Ordinal), added.Order(StringComparer.Ordinal));
        var text = await new StorageProbe(azurite).ReadTextAsync(Containers.RejectedAgendas, reason[(Containers.RejectedAgendas.Length + 1)..]);
        Assert.Contains("Filnavnet er længere end", text);
    }

    [Fact]
    public async Task The_admin_endpoint_refuses_web_pages_bad_bodies_and_paths_outside_agendas_in_plain_words_and_writes_nothing()
    {
        await using var app = await MailApp.StartAsync(azurite, mail);
        var before = await BlobsAsync();

        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/AgendaUploaded", Json("""{"input": "agendas/x/../../referater/index.html"}""")), "'..'");
        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/AgendaUploaded", Json("""{"input": "referater/index.html"}""")), "agendas/");
        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/AgendaUploaded", Json($$"""{"input": "agendas/{{new string('a', 1000)}}.docx"}""")), "længere end");
        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/AgendaUploaded", Json("""{"input": "agendas/sundhed/dags\rorden.docx"}""")), "kontroltegn");
        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/AgendaUploaded", Json("""{"input": 5}""")), "JSON");
        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/SendOutbox", Json("""{"input": """)), "JSON");
        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/SendOutbox", Json("[1, 2]")), "JSON");
        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/SendOutbox", new StringContent("{}", Encoding.UTF8, "text/plain")), "JSON", HttpStatusCode.UnsupportedMediaType);
        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/SendOutbox", new FormUrlEncodedContent([new("input", "agendas/x.docx")])), "JSON", HttpStatusCode.UnsupportedMediaType);
        using var fromPage = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/SendOutbox") { Content = Json("{}") };
        fromPage.Headers.Add("Origin", "http://localhost:8080");
        await AssertRefusedAsync(app.Client.SendAsync(fromPage), "webside", HttpStatusCode.Forbidden);
        // The host's own protocol route is no part of standalone mode.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.PostAsync("/AgendaUploaded", Json("{}"))).StatusCode);

        Assert.Equal(before, await BlobsAsync());
        // What DESIGN.md and start.sh show still works: JSON, or no body at all.
        Assert.Equal(HttpStatusCode.Accepted, (await app.Client.PostAsync("/admin/functions/SendOutbox", Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await app.Client.PostAsync("/admin/functions/SendOutbox", null)).StatusCode);
    }

    [Fact]
    public async Task With_an_admin_key_set_the_admin_endpoint_runs_only_for_the_key()
    {
        await using var app = await MailApp.StartAsync(azurite, mail, settings: [("AgendaFlow__Admin__Key", "ejerens-noegle")]);

        await AssertRefusedAsync(app.Client.PostAsync("/admin/functions/SendOutbox", Json("{}")), "x-functions-key", HttpStatusCode.Unauthorized);
        using var withKey = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/SendOutbox") { Content = Json("{}") };
        withKey.Headers.Add("x-functions-key", "ejerens-noegle");
        Assert.Equal(HttpStatusCode.Accepted, (await app.Client.SendAsync(withKey)).StatusCode);
    }

    /// <summary>A refusal: the given status, a body in words (not empty), with the expected part of the reason.</summary>
    private static async Task AssertRefusedAsync(Task<HttpResponseMessage> request, string reason, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var response = await request;
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Contains(reason, Regex.Unescape(body));
    }

    /// <summary>Every blob in every container of the test's Azurite, as <c>container/name</c>.</summary>
    private async Task<List<string>> BlobsAsync()
    {
        var service = new BlobServiceClient(azurite.ConnectionString);
        var all = new List<string>();
        await foreach (var container in service.GetBlobContainersAsync())
        {
            await foreach (var blob in service.GetBlobContainerClient(container.Name).GetBlobsAsync())
            {
                all.Add($"{container.Name}/{blob.Name}");
            }
        }

        return all.Order(StringComparer.Ordinal).ToList();
    }

    private async Task UploadRosterAsync(string committee, string csv)
    {
        var rosters = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Containers.Rosters);
        await rosters.CreateIfNotExistsAsync();
        await rosters.GetBlobClient($"{committee}.csv").UploadAsync(BinaryData.FromString(csv), overwrite: true);
    }

    /// <summary>The attendees' addresses and the number of organizers in the mail's invitation, read back with Ical.Net.</summary>
    private static (List<string> Attendees, int Organizers) CalendarEntries(MimeMessage message)
    {
        var text = message.BodyParts.OfType<TextPart>().First(p => p.ContentType.MimeType == "text/calendar").Text;
        var calendar = Calendar.Load(text)!;
        var unfolded = text.Replace("\r\n", "\n").Replace("\n ", "").Replace("\n\t", "").Split('\n');
        var attendees = calendar.Events.Single().Attendees.Select(a => a.Value!.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(attendees.Count, unfolded.Count(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)));
        return (attendees, unfolded.Count(l => l.StartsWith("ORGANIZER", StringComparison.Ordinal)));
    }

    private static string Agenda(string time, params (string Name, string Email)[] people)
    {
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Følgegruppen for fjendtlige svar").AppendLine()
            .AppendLine($"Tid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} {time}")
            .AppendLine("Sted: Mødelokale 3").AppendLine()
            .AppendLine("Deltagere:");
        foreach (var (name, email) in people)
        {
            agenda.AppendLine($"{name}, {email}");
        }

        return agenda.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex(@"https://agendaflow\.region\.example/api/rsvp/([a-z2-7]{20})")]
    private static partial Regex RsvpToken();

    [GeneratedRegex(@"https://agendaflow\.region\.example/api/tjek/([a-z2-7]{20})")]
    private static partial Regex ChairToken();
}
