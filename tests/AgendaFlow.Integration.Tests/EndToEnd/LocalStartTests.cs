using System.Net;
using System.Text.RegularExpressions;
using AgendaFlow.Integration.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>
/// The README's first command, run as a newcomer would: <c>./infra/local/start.sh</c> with its own data folder and
/// its ports moved out of the way. What it prints is what the test uses.
/// </summary>
public sealed class LocalStartTests
{
    private const string LocalMailPassword = "agendaflow";

    [Fact]
    public async Task The_local_default_and_its_demo_run_the_whole_story_on_real_components()
    {
        var offset = FreeOffset();
        var data = Directory.CreateTempSubdirectory("agendaflow-local-");
        await using var start = ServerProcess.Start(
            "start.sh", "env", $"AGENDAFLOW_LOCAL_PORT_OFFSET={offset}", $"AGENDAFLOW_LOCAL_DATA={data.FullName}",
            "bash", Path.Combine(RepositoryRoot.Path, "infra", "local", "start.sh"), "--demo");
        try
        {
            await WaitForLineAsync(start, "The demo is done", TimeSpan.FromMinutes(15));
            var secretariatPage = PrintedUrl(start, "the secretariat's page:");
            var site = PrintedUrl(start, "the published referat:");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

            // The invitation reached a participant's own local mailbox, through MailDev, OpenSMTPD and Dovecot.
            var invitation = await WaitForInvitationAsync(offset + 1143, "anne.holm@kommune.example", TimeSpan.FromSeconds(30));
            Assert.StartsWith("Indkaldelse: Demoudvalget", invitation.Subject);

            // Her afbud by mail, naming a stand-in, was counted: the secretariat's page (with the printed key) says so.
            var meetingId = Regex.Match(start.Output, @"Demoudvalget (\d+)\. (\d+)\. (\d{4})");
            var date = new DateOnly(Number(meetingId.Groups[3]), Number(meetingId.Groups[2]), Number(meetingId.Groups[1]));
            var page = await http.GetAsync(secretariatPage.Replace("/api/oversigt?", $"/api/oversigt/demo-{date:yyyy-MM-dd}?", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var text = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
            Assert.Contains("Lene Østergaard", text);

            // The published site opens at the printed address, and its link to the referat works.
            var index = await http.GetAsync(site);
            Assert.Equal(HttpStatusCode.OK, index.StatusCode);
            var link = Regex.Match(await index.Content.ReadAsStringAsync(), "href=\"(demo/[^\"]+)\"").Groups[1].Value;
            var committeeIndex = await http.GetAsync(new Uri(new Uri(site), link));
            Assert.Equal(HttpStatusCode.OK, committeeIndex.StatusCode);

            // The log a person reads says what happened, one line per run: the replies counted among them.
            var log = File.ReadAllLines(Path.Combine(data.FullName, "app.log"));
            Assert.Contains(log, l => Regex.IsMatch(l, @"\] CollectReplies: [1-9]\d* replies read, [1-9]\d* recorded"));
            Assert.Contains(log, l => l.Contains("] PublishReferater: 1 referat(s) published", StringComparison.Ordinal));
            Assert.DoesNotContain(log, l => l.Contains("Dictionary`2", StringComparison.Ordinal) || l.Contains("Request starting", StringComparison.Ordinal));
            Assert.True(
                Array.FindIndex(log, l => l.Contains("AgendaFlow is ready", StringComparison.Ordinal)) < Array.FindIndex(log, l => l.Contains("] AgendaUploaded: ", StringComparison.Ordinal)),
                "The ready line comes before the first function run.");
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


    private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

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
            if (ports.All(p => FreePort.IsFree(p + offset)))
            {
                return offset;
            }
        }

        throw new InvalidOperationException("No free set of ports for start.sh.");
    }

    private static string Logs(DirectoryInfo data) =>
        string.Join("\n", new[] { "app.log", "maildev.log", "smtpd.log", "mail/dovecot.log" }
            .Select(f => Path.Combine(data.FullName, f))
            .Where(File.Exists)
            .Select(f => $"--- {f}\n{string.Join('\n', File.ReadLines(f).TakeLast(40))}"));
}
