using System.Net;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Integration.Tests.Infrastructure;

namespace AgendaFlow.Integration.Tests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class SecretariatPageTests(Azurite azurite)
{
    private const string Key = "hemmelig-noegle-til-test";

    [Fact]
    public async Task The_secretariat_sees_the_overview_and_records_an_answer_given_by_phone()
    {
        var committee = $"tlf{Guid.NewGuid():N}"[..14];
        var date = new DateOnly(DateTime.UtcNow.Year + 1, 12, 17);
        await using var app = await RunningApp.StandaloneAsync(
            azurite,
            ("AgendaFlow__Standalone__AgendaPollInterval", "00:00:00.250"),
            ("AgendaFlow__SecretariatKey", Key),
            // The agenda names no place, which the chair's check would hold; this test is about the page after sending.
            ("AgendaFlow__ChairCheck__Mode", "Never"),
            ("AgendaFlow__Smtp__Host", "127.0.0.1"),
            ("AgendaFlow__Smtp__Port", FreePort.Next().ToString()),
            ("AgendaFlow__Smtp__Security", "None"));
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt",
            $"Dagsorden\nFølgegruppen for telefonsvar\n\nTid: Torsdag den 17. december {date.Year} kl. 09.00-10.00\n\nDeltagere:\nAnne Andersen, anne@{committee}.example\nBo Bech, bo@{committee}.example\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n");
        var id = MeetingId.For(committee, date).Value;
        await app.Logs.WaitForAsync($"Meeting {id} revision 0", TimeSpan.FromSeconds(30));

        var withoutKey = await app.Client.GetAsync($"/api/oversigt/{id}");
        var wrongKey = await app.Client.GetAsync($"/api/oversigt/{id}?noegle=forkert");
        var page = await app.Client.GetStringAsync($"/api/oversigt/{id}?noegle={Key}");
        var list = await app.Client.GetStringAsync($"/api/oversigt?noegle={Key}");
        var posted = await app.Client.PostAsync($"/api/oversigt/{id}?noegle={Key}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["deltager"] = $"anne@{committee}.example",
            ["svar"] = "Absent",
            ["af"] = "Karin Sekretær",
        }));
        var after = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.Contains("<dt>Ikke svaret</dt><dd>2</dd>", page);
        Assert.Contains("Følgegruppen for telefonsvar", list);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Svaret for Anne Andersen er registreret.", after);
        Assert.Contains("<dt>Afbud</dt><dd>1</dd>", after);
        Assert.Contains("sekretariatet, Karin Sekretær", after);
        Assert.Contains("Har meldt afbud: Anne Andersen.", after);
        Assert.DoesNotContain("Alle var mødt", after);
    }
}
