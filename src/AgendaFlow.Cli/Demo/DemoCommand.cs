using System.Text.RegularExpressions;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Storage;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Configuration;

namespace AgendaFlow.Cli.Demo;

/// <summary>
/// <c>demo</c>: plays AgendaFlow's whole story once against the app that <c>./infra/local/start.sh</c> runs: a chair
/// uploads an agenda, the participants answer the ways people do (an afbud with a stand-in by mail, an Outlook
/// accept, an auto-reply, a link click; the stand-in confirms), the replies are collected, the secretariat gets its
/// summary, and the approved referat is uploaded and published. Then it says where to look.
/// </summary>
internal static partial class DemoCommand
{
    private const string Chair = "formand@kommune.example";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var app = (CliApp.Option(args, "--app") ?? "http://127.0.0.1:7071").TrimEnd('/');
        var (imapHost, imapPort) = HostAndPort(CliApp.Option(args, "--imap") ?? "127.0.0.1:1143");
        var (smtpHost, smtpPort) = HostAndPort(CliApp.Option(args, "--smtp") ?? "127.0.0.1:2525");
        var mail = new DemoMail(imapHost, imapPort, smtpHost, smtpPort, CliApp.Option(args, "--password") ?? "agendaflow");
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var token = cancel.Token;
        var date = CopenhagenTime.DateOf(DateTimeOffset.UtcNow).AddDays(7);

        async Task Step(string text) => await stdout.WriteLineAsync($"  · {text}");

        await Step($"Formanden uploader dagsordenen for Demoudvalget {date:d. M. yyyy}");
        await UploadAsync($"{DemoDocuments.Committee}/dagsorden-{date:yyyy-MM-dd}.txt", DemoDocuments.Agenda(date), Chair, token);
        var invitations = new Dictionary<string, MimeKit.MimeMessage>();
        foreach (var (_, local) in DemoDocuments.Members)
        {
            invitations[local] = await mail.WaitForAsync(DemoDocuments.Address(local), "Indkaldelse:", TimeSpan.FromMinutes(3), token);
        }

        await Step($"{invitations.Count} invitationer er nået frem til deltagernes postkasser");

        var (anne, bo, carl, dorthe, erik) = (DemoDocuments.Members[0], DemoDocuments.Members[1], DemoDocuments.Members[2], DemoDocuments.Members[3], DemoDocuments.Members[4]);
        var lene = DemoDocuments.StandIn;
        await mail.ReplyAsync(invitations[anne.Local], DemoDocuments.Address(anne.Local),
            $"Hej\n\nJeg kan desværre ikke deltage. Min stedfortræder {lene.Name} ({DemoDocuments.Address(lene.Local)}) deltager i stedet.\n\nVenlig hilsen\n{anne.Name}\n", token);
        await Step($"{anne.Name} melder afbud på mail og sender {lene.Name} som stedfortræder");
        await mail.AcceptInOutlookAsync(invitations[bo.Local], DemoDocuments.Address(bo.Local), bo.Name, token);
        await Step($"{bo.Name} trykker Accepter i Outlook");
        await mail.AutoReplyAsync(invitations[carl.Local], DemoDocuments.Address(carl.Local), token);
        await Step($"{carl.Name}s postkasse svarer med en fraværsbesked (tæller ikke som svar)");
        await ClickAttendAsync(http, invitations[dorthe.Local], token);
        await Step($"{dorthe.Name} klikker »Jeg deltager« i invitationen");
        await Step($"{erik.Name} svarer ikke");

        await RunFunctionAsync(http, app, "CollectReplies", token);
        var standInInvitation = await mail.WaitForAsync(DemoDocuments.Address(lene.Local), "Indkaldelse:", TimeSpan.FromMinutes(2), token);
        await mail.ReplyAsync(standInInvitation, DemoDocuments.Address(lene.Local), "Tak, jeg kommer gerne.\n\nLene\n", token);
        await Step($"{lene.Name} får sin invitation og bekræfter på mail");
        await RunFunctionAsync(http, app, "CollectReplies", token);
        await RunFunctionAsync(http, app, "SendAttendanceSummaries", token);
        await Step("Svarene er læst, og sekretariatet har fået en fremmødeoversigt");

        await UploadAsync($"{DemoDocuments.Committee}/referat-{date:yyyy-MM-dd}.txt", DemoDocuments.Referat(date, anne.Name, lene.Name), Chair, token);
        await Task.Delay(TimeSpan.FromSeconds(5), token); // the watcher records the referat upload
        await RunFunctionAsync(http, app, "PublishReferater", token);
        await Step("Det godkendte referat er uploadet og offentliggjort");
        await mail.WaitForAsync(Chair, "Referat offentliggjort:", TimeSpan.FromMinutes(2), token);
        await Step("Formanden har fået en kvittering med referatets adresse");
        return CliApp.Ok;
    }

    private static async Task ClickAttendAsync(HttpClient http, MimeKit.MimeMessage invitation, CancellationToken token)
    {
        var link = RsvpLink().Match(invitation.TextBody ?? "").Value;
        if (link.Length == 0)
        {
            throw new InvalidOperationException("Invitationen har intet svarlink.");
        }

        var answer = await http.PostAsync(link, new FormUrlEncodedContent([new("svar", "deltager")]), token);
        answer.EnsureSuccessStatusCode();
    }

    private static async Task RunFunctionAsync(HttpClient http, string app, string name, CancellationToken token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{app}/admin/functions/{name}")
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        // The app asks for its admin key only when one is set; the demo runs beside it with the same environment.
        if (Environment.GetEnvironmentVariable("AgendaFlow__Admin__Key") is { Length: > 0 } key)
        {
            request.Headers.Add("x-functions-key", key);
        }

        var response = await http.SendAsync(request, token);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{name} svarede {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(token)}");
        }
    }

    private static async Task UploadAsync(string name, string text, string uploader, CancellationToken token)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageClients.SettingName] = "UseDevelopmentStorage=true" })
            .AddEnvironmentVariables()
            .Build();
        var container = StorageClients.FromConfiguration(configuration).Blobs.GetBlobContainerClient(Containers.Agendas);
        await container.CreateIfNotExistsAsync(cancellationToken: token);
        await container.GetBlobClient(name).UploadAsync(
            BinaryData.FromString(text),
            new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string> { ["uploader"] = uploader },
                HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
            },
            token);
    }

    private static (string Host, int Port) HostAndPort(string text)
    {
        var colon = text.LastIndexOf(':');
        return (text[..colon], int.Parse(text[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"https?://\S+/api/rsvp/[A-Za-z0-9]+")]
    private static partial Regex RsvpLink();
}
