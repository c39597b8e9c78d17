using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using Azure.Storage.Blobs;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>Whoever uploads a referat hears back once: saved and waiting (with how to approve it), or published (with the address).</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReferatReceiptTests(Azurite azurite, MailServers mail)
{
    [Fact]
    public async Task An_unapproved_referat_gets_one_receipt_saying_how_to_approve_it_and_once_approved_one_saying_where_it_is_published()
    {
        var uploader = MailServers.NewAddress("formand");
        var committee = $"kvit{Guid.NewGuid():N}"[..14];
        var name = $"{committee}/referat.txt";
        var date = new DateOnly(DateTime.UtcNow.Year + 1, 3, 11);
        var storage = new StorageProbe(azurite);
        await using var app = await MailApp.StartAsync(azurite, mail);

        await storage.UploadAgendaAsync(name, ReferatText.Of(committee, date, approved: false), uploader);

        var waiting = Assert.Single(await mail.WaitForMessagesAsync(uploader, 1, TimeSpan.FromSeconds(60)));
        Assert.StartsWith("Referat gemt, venter på godkendelse: referat.txt", waiting.Subject);
        Assert.Contains("Godkendt: ja", waiting.TextBody);
        Assert.Contains($"approved=true på filen {name}", waiting.TextBody);

        // The timer and another delivery of the same upload send nothing more, and publish nothing.
        await RunAsync(app, "PublishReferater");
        await RunAsync(app, "AgendaUploaded", $$"""{"input": "agendas/{{name}}"}""");
        var site = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("referater");
        Assert.False(await site.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{committee}/", CancellationToken.None).AnyAsync());

        // Approved in the blob's metadata, as the receipt says.
        var blob = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("agendas").GetBlobClient(name);
        await blob.SetMetadataAsync(new Dictionary<string, string> { ["uploader"] = uploader, ["approved"] = "true" });
        // Its third reading: the upload, the admin run above, and now the changed blob.
        await app.Logs.WaitForAsync($"Agenda {name} is a referat", TimeSpan.FromSeconds(30), occurrences: 3);
        await RunAsync(app, "PublishReferater");
        await RunAsync(app, "PublishReferater");

        var receipts = await mail.WaitForMessagesAsync(uploader, 2, TimeSpan.FromSeconds(60));
        var published = receipts[1];
        Assert.StartsWith("Referat offentliggjort:", published.Subject);
        var page = await site.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{committee}/", CancellationToken.None).Select(b => b.Name)
            .SingleAsync(n => n.EndsWith(".html", StringComparison.Ordinal) && !n.EndsWith("index.html", StringComparison.Ordinal));
        Assert.Contains(site.GetBlobClient(page).Uri.AbsoluteUri, published.TextBody);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(2, await mail.CountMessagesAsync(uploader));
    }

    private static async Task RunAsync(RunningApp app, string function, string body = "{}") =>
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await app.Client.PostAsync($"/admin/functions/{function}", StandaloneModeTests.JsonContent(body))).StatusCode);
}
