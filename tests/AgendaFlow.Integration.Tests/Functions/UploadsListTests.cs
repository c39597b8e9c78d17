using System.Net;
using System.Text.Json;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;

namespace AgendaFlow.Integration.Tests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class UploadsListTests(Azurite azurite)
{
    [Fact]
    public async Task Every_upload_is_listed_refused_ones_with_their_reason_the_empty_file_too_with_times_in_copenhagen_time()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite, ("AgendaFlow__Standalone__AgendaPollInterval", "00:00:00.250"));
        var storage = new StorageProbe(azurite);
        var id = Guid.NewGuid().ToString("N")[..10];
        var (empty, noDate, referat) = ($"upl{id}/tom.docx", $"upl{id}/uden-dato.txt", $"upl{id}/referat.txt");
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);

        await storage.UploadAgendaAsync(empty, [], uploader: "formand@region.example");
        await storage.UploadAgendaAsync(noDate, $"Dagsorden {id}\n1. Velkomst\n2. Eventuelt\n");
        await storage.UploadAgendaAsync(referat, EndToEnd.ReferatText.Of($"udvalget {id}", new DateOnly(2026, 12, 10), approved: false));
        foreach (var name in new[] { empty, noDate, referat })
        {
            await app.Logs.WaitForAsync($"Agenda {name} ", TimeSpan.FromSeconds(30));
        }

        var response = await app.Client.GetAsync("/api/uploads");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = list.RootElement.EnumerateArray().Where(r => r.GetProperty("blobName").GetString()!.StartsWith($"upl{id}/", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("blobName").GetString()!);
        Assert.Equal(3, rows.Count);

        Assert.Equal("afvist", rows[empty].GetProperty("status").GetString());
        Assert.Equal("Filen er tom.", rows[empty].GetProperty("reason").GetString());
        Assert.Equal(0, rows[empty].GetProperty("size").GetInt64());
        Assert.Equal("formand@region.example", rows[empty].GetProperty("uploader").GetString());

        Assert.Equal("afvist", rows[noDate].GetProperty("status").GetString());
        var reason = rows[noDate].GetProperty("reason").GetString();
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.Equal(reason, (await storage.ReadTextAsync(Containers.RejectedAgendas, noDate + ".reason.txt")).Trim());

        Assert.Equal("modtaget", rows[referat].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, rows[referat].GetProperty("reason").ValueKind);

        foreach (var row in rows.Values)
        {
            var text = row.GetProperty("uploadedAt").GetString()!;
            var at = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(CopenhagenTime.Zone.GetUtcOffset(at), at.Offset);
            Assert.InRange(at, before, DateTimeOffset.UtcNow.AddMinutes(1));
        }
    }
}
