using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Integration.Tests.Infrastructure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>
/// The README's first command, run as a newcomer would: <c>./infra/local/start.sh</c> with its own data folder and
/// its ports moved out of the way. What it prints is what the test uses.
/// </summary>
public sealed class LocalStartTests
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string LocalMailPassword = "agendaflow";

    [Fact]
    public async Task The_local_default_delivers_an_invitation_to_a_local_mailbox_and_counts_the_reply()
    {
        var offset = FreeOffset();
        var data = Directory.CreateTempSubdirectory("agendaflow-local-");
        await using var start = ServerProcess.Start(
            "start.sh", "env", $"AGENDAFLOW_LOCAL_PORT_OFFSET={offset}", $"AGENDAFLOW_LOCAL_DATA={data.FullName}",
            "bash", Path.Combine(RepositoryRoot.Path, "infra", "local", "start.sh"));
        try
        {
            await WaitForLineAsync(start, "AgendaFlow is ready", TimeSpan.FromMinutes(10));
            var secretariatPage = PrintedUrl(start, "Secretariat page:");
            var app = PrintedUrl(start, "App:");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

            var participant = $"anne.{Guid.NewGuid():N}"[..15] + "@region.example";
            await UploadAsync(offset, "lokal/dagsorden.txt", Agenda(participant));

            var invitation = await WaitForInvitationAsync(offset + 1143, participant, TimeSpan.FromMinutes(3));
            Assert.StartsWith("Indkaldelse:", invitation.Subject);

            await ReplyAsync(offset + 2525, participant, invitation, "Jeg melder afbud.\n\nVenlig hilsen\nAnne");
            var run = await http.PostAsync($"{app}/admin/functions/CollectReplies", null);
            Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());

            var meetingPage = secretariatPage.Replace("/api/oversigt?", $"/api/oversigt/lokal-{NextThursday():yyyy-MM-dd}?", StringComparison.Ordinal);
            var page = await http.GetAsync(meetingPage);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var text = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
            Assert.Contains("Afbud: 1", text);
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\nstart.sh printed:\n{start.Output}\n{Logs(data)}");
        }
        finally
        {
            await start.StopAsync(TimeSpan.FromSeconds(20));
            data.Delete(recursive: true);
        }
    }

    private static DateOnly NextThursday()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        while (day.DayOfWeek != DayOfWeek.Thursday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static string Agenda(string participant)
    {
        var date = NextThursday().ToString("dddd 'den' d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"));
        return new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Lokaludvalget").AppendLine()
            .AppendLine($"Tid: {date} kl. 13.00-15.00")
            .AppendLine("Sted: Rådhuset, mødelokale 2").AppendLine()
            .AppendLine("Deltagere:")
            .AppendLine($"Anne Holm, {participant}")
            .AppendLine("Bo Berg, bo.berg@region.example").AppendLine()
            .AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString();
    }

    private static async Task UploadAsync(int offset, string name, string content)
    {
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
                         $"BlobEndpoint=http://127.0.0.1:{10000 + offset}/devstoreaccount1;";
        var container = new BlobServiceClient(connection).GetBlobContainerClient("agendas");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(name).UploadAsync(
            BinaryData.FromString(content),
            new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["uploader"] = "formand@region.example" } });
    }

    private static async Task<MimeMessage> WaitForInvitationAsync(int imapPort, string address, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var client = new ImapClient { Timeout = 15_000 };
            await client.ConnectAsync("127.0.0.1", imapPort, SecureSocketOptions.None);
            await client.AuthenticateAsync(address, LocalMailPassword);
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            if (client.Inbox.Count > 0)
            {
                return await client.Inbox.GetMessageAsync(0);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No invitation reached {address} within {timeout}.");
            }

            await client.DisconnectAsync(true);
            await Task.Delay(500);
        }
    }

    private static async Task ReplyAsync(int smtpPort, string from, MimeMessage invitation, string text)
    {
        var reply = new MimeMessage { Subject = "SV: " + invitation.Subject, InReplyTo = invitation.MessageId };
        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.AddRange(invitation.ReplyTo);
        reply.Body = new TextPart("plain") { Text = text };
        using var smtp = new SmtpClient { Timeout = 15_000 };
        await smtp.ConnectAsync("127.0.0.1", smtpPort, SecureSocketOptions.None);
        await smtp.SendAsync(reply);
        await smtp.DisconnectAsync(true);
        await Task.Delay(1000); // LMTP delivery into the agenda mailbox
    }

    private static string PrintedUrl(ServerProcess start, string label)
    {
        var line = start.OutputLines.First(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
        return Regex.Match(line, @"https?://\S+").Value;
    }

    private static async Task WaitForLineAsync(ServerProcess process, string fragment, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!process.OutputLines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"start.sh did not print '{fragment}' within {timeout}.");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>An offset that moves every port start.sh uses onto free ones.</summary>
    private static int FreeOffset()
    {
        int[] ports = [10000, 10001, 10002, 1025, 1080, 2525, 2424, 1143, 7071];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var offset = Random.Shared.Next(15_000, 50_000);
            if (ports.All(p => PortIsFree(p + offset)))
            {
                return offset;
            }
        }

        throw new InvalidOperationException("No free set of ports for start.sh.");
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static string Logs(DirectoryInfo data) =>
        string.Join("\n", new[] { "app.log", "maildev.log", "smtpd.log", "mail/dovecot.log" }
            .Select(f => Path.Combine(data.FullName, f))
            .Where(File.Exists)
            .Select(f => $"--- {f}\n{string.Join('\n', File.ReadLines(f).TakeLast(40))}"));
}
