using System.Text;
using System.Xml.Linq;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using Azure.Storage.Blobs;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class ReferatTests(Azurite azurite, MailServers mail)
{
    [Fact]
    public async Task An_approved_referat_is_published_with_index_and_feed_and_a_correction_keeps_its_url()
    {
        var (anne, bo) = (MailServers.NewAddress("anne"), MailServers.NewAddress("bo"));
        var committee = $"ref{Guid.NewGuid():N}"[..14];
        var date = new DateOnly(DateTime.UtcNow.Year + 1, 12, 17);
        var storage = new StorageProbe(azurite);
        await using var app = await StartAsync(null);
        await storage.UploadAgendaAsync($"{committee}/dagsorden.txt", Document("Dagsorden", date, anne, bo, decision: null));
        await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(60));

        await storage.UploadAgendaAsync($"{committee}/referat.txt", Document("Referat", date, anne, bo, decision: "Budgettet blev godkendt."));
        await WaitForLogAsync(app, "is a referat");
        await RunAsync(app, "PublishReferater");

        var site = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("referater");
        var page = await site.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{committee}/", CancellationToken.None).Where(b => b.Name.EndsWith(".html", StringComparison.Ordinal) && !b.Name.EndsWith("index.html", StringComparison.Ordinal)).SingleAsync();
        var html = await ReadAsync(site, page.Name);
        Assert.Contains("lang=\"da\"", html);
        Assert.Contains("Budgettet blev godkendt.", html);
        Assert.Contains("Lukket punkt", html);
        Assert.DoesNotContain("Fortrolig personsag om Hansen", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains(page.Name[(committee.Length + 1)..], await ReadAsync(site, $"{committee}/index.html"));
        var feed = XDocument.Parse(await ReadAsync(site, $"{committee}/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.NotNull(entry.Element(atom + "id"));
        Assert.NotNull(entry.Element(atom + "updated"));
        Assert.NotNull(feed.Root.Element(atom + "id"));
        Assert.Contains(committee, await ReadAsync(site, "index.html"));
        var notice = (await mail.WaitForMessagesAsync(bo, 2, TimeSpan.FromSeconds(30))).Last();
        Assert.StartsWith("Referat:", notice.Subject);
        Assert.Contains(page.Name, notice.TextBody);

        var manifest = (await site.GetBlobClient("manifest.json").GetPropertiesAsync()).Value.ETag;
        await RunAsync(app, "PublishReferater");
        Assert.Equal(manifest, (await site.GetBlobClient("manifest.json").GetPropertiesAsync()).Value.ETag);

        await storage.UploadAgendaAsync($"{committee}/referat.txt", Document("Referat", date, anne, bo, decision: "Budgettet blev godkendt med en ændring."));
        await WaitForLogAsync(app, "is a referat", occurrences: 2);
        await RunAsync(app, "PublishReferater");

        var corrected = await ReadAsync(site, page.Name);
        Assert.Contains("Budgettet blev godkendt med en ændring.", corrected);
        Assert.Contains("Rettet", corrected);
        Assert.StartsWith("Rettet referat:", (await mail.WaitForMessagesAsync(bo, 3, TimeSpan.FromSeconds(30))).Last().Subject);
    }

    [Fact]
    public async Task After_the_meeting_the_draft_referat_goes_to_the_secretariat_with_the_attendance_filled_in()
    {
        var (anne, bo, secretariat) = (MailServers.NewAddress("anne"), MailServers.NewAddress("bo"), MailServers.NewAddress("sekretariat"));
        var committee = $"kld{Guid.NewGuid():N}"[..14];
        var yesterday = DateOnly.FromDateTime(CopenhagenTime.ToLocal(DateTimeOffset.UtcNow).DateTime).AddDays(-1);
        await using var app = await StartAsync(secretariat);
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", Document("Dagsorden", yesterday, anne, bo, decision: null));
        await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(60));

        await RunAsync(app, "DraftReferater");
        await RunAsync(app, "DraftReferater");

        var draft = Assert.Single(await mail.WaitForMessagesAsync(secretariat, 1, TimeSpan.FromSeconds(30)));
        Assert.StartsWith("Udkast til referat:", draft.Subject);
        var markdown = draft.Attachments.OfType<MimePart>().Single(a => a.FileName?.EndsWith(".md", StringComparison.Ordinal) == true);
        using var reader = new StreamReader(markdown.Content!.Open());
        var text = await reader.ReadToEndAsync();
        Assert.Contains("Anne Andersen", text);
        Assert.Contains("Beslutning:", text);
        Assert.Contains(draft.Attachments.OfType<MimePart>(), a => a.FileName?.EndsWith(".docx", StringComparison.Ordinal) == true);
        var drafts = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("referater-kladde");
        Assert.Equal(2, await drafts.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{committee}/", CancellationToken.None).CountAsync());
    }

    [Fact]
    public async Task A_committee_whose_roster_names_its_secretariat_gets_the_draft_there_instead_of_at_the_app_wide_address()
    {
        var (anne, bo) = (MailServers.NewAddress("anne"), MailServers.NewAddress("bo"));
        var (committeeSecretariat, appWide) = (MailServers.NewAddress("udvalgssekretariat"), MailServers.NewAddress("sekretariat"));
        var committee = $"ros{Guid.NewGuid():N}"[..14];
        var yesterday = DateOnly.FromDateTime(CopenhagenTime.ToLocal(DateTimeOffset.UtcNow).DateTime).AddDays(-1);
        var rosters = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("rosters");
        await rosters.CreateIfNotExistsAsync();
        await rosters.GetBlobClient($"{committee}.csv").UploadAsync(BinaryData.FromString($"Navn;E-mail;Rolle\nSara Sørensen;{committeeSecretariat};sekretariat\n"));
        await using var app = await StartAsync(appWide);
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", Document("Dagsorden", yesterday, anne, bo, decision: null));
        await mail.WaitForMessagesAsync(anne, 1, TimeSpan.FromSeconds(60));

        await RunAsync(app, "DraftReferater");

        var draft = Assert.Single(await mail.WaitForMessagesAsync(committeeSecretariat, 1, TimeSpan.FromSeconds(30)));
        Assert.StartsWith("Udkast til referat:", draft.Subject);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await mail.CountMessagesAsync(appWide));
    }

    private Task<RunningApp> StartAsync(string? secretariat) => MailApp.StartAsync(azurite, mail, "dagsorden@region.example", ("AgendaFlow__SecretariatAddress", secretariat ?? ""));

    private static string Document(string kind, DateOnly date, string anne, string bo, string? decision)
    {
        var text = new StringBuilder().AppendLine(kind).AppendLine("Følgegruppen for referater").AppendLine();
        if (decision is not null)
        {
            text.AppendLine("Godkendt: ja").AppendLine();
        }

        text.AppendLine($"Tid: {DanishText.LongDate(date)} kl. 09.00-10.00").AppendLine("Sted: Mødelokale 3").AppendLine()
            .AppendLine("Deltagere:").AppendLine($"Anne Andersen, {anne}").AppendLine($"Bo Bech, {bo}").AppendLine()
            .AppendLine("1. Budget <script>alert(1)</script>");
        if (decision is not null)
        {
            text.AppendLine($"Beslutning: {decision}");
        }

        text.AppendLine().AppendLine("2. Lukket punkt: Personalesag");
        if (decision is not null)
        {
            text.AppendLine("Beslutning: Fortrolig personsag om Hansen blev drøftet.");
        }

        return text.AppendLine().AppendLine("3. Eventuelt").ToString();
    }

    private static async Task RunAsync(RunningApp app, string function) =>
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await app.Client.PostAsync($"/admin/functions/{function}", StandaloneModeTests.JsonContent("{}"))).StatusCode);

    private static Task WaitForLogAsync(RunningApp app, string fragment, int occurrences = 1) =>
        app.Logs.WaitForAsync(fragment, TimeSpan.FromSeconds(30), occurrences);

    private static async Task<string> ReadAsync(BlobContainerClient container, string name) =>
        (await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();
}
