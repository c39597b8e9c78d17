using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Integration.Tests.Worker;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>
/// What a person running the app sees in the terminal: the built app started as <c>dotnet run</c> starts it, its
/// console output read as it is printed.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ConsoleLogTests(Azurite azurite, MailServers mail)
{
    private static readonly string[] Timers =
        ["CollectReplies", "DraftReferater", "PublishReferater", "ReconcileAgendas", "SendAttendanceSummaries", "SendOutbox", "SendReminders"];

    [Fact]
    public async Task The_console_says_ready_once_listening_and_each_function_run_in_one_readable_line_without_scopes_or_request_noise()
    {
        var port = FreePort.Next();
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        string[] settings =
        [
            $"AzureWebJobsStorage={azurite.ConnectionString}",
            $"ASPNETCORE_URLS=http://127.0.0.1:{port}",
            "AgendaFlow__Standalone__AgendaPollInterval=01:00:00",
            "AgendaFlow__Smtp__Host=127.0.0.1",
            $"AgendaFlow__Smtp__Port={mail.SmtpPort.ToString(CultureInfo.InvariantCulture)}",
            "AgendaFlow__Smtp__Security=None",
            "AgendaFlow__Imap__Host=127.0.0.1",
            $"AgendaFlow__Imap__Port={mail.ImapPort.ToString(CultureInfo.InvariantCulture)}",
            "AgendaFlow__Imap__Security=None",
            $"AgendaFlow__Imap__UserName={agendaMailbox}",
            $"AgendaFlow__Imap__Password={MailServers.Password}",
            $"AgendaFlow__FromAddress={agendaMailbox}",
            // Only the runs this test asks for: no timer is due while it looks.
            .. Timers.Select(t => $"AgendaFlow__Schedules__{t}=0 0 0 1 1 *"),
        ];
        await using var app = ServerProcess.Start(
            "app", "env", [.. settings, "dotnet", Path.Combine(GrpcTestHost.WorkerDirectory, "AgendaFlow.Functions.dll")]);
        try
        {
            await WaitForLineAsync(app, "AgendaFlow is ready", TimeSpan.FromSeconds(60));
            // Said once the app listens: a request right away is answered.
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
            await WaitForLineAsync(app, "Watching the agendas container", TimeSpan.FromSeconds(60));

            foreach (var timer in Timers)
            {
                var answer = await http.PostAsync($"/admin/functions/{timer}", StandaloneModeTests.JsonContent("{}"));
                Assert.True(answer.StatusCode == HttpStatusCode.Accepted, $"{timer}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            }

            // After ReconcileAgendas, which would otherwise hand this agenda to AgendaUploaded a second time.
            var name = $"log{Guid.NewGuid():N}.txt";
            await new StorageProbe(azurite).UploadAgendaAsync(name, $"Dagsorden {name}\n1. Velkomst\n");
            Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/admin/functions/AgendaUploaded", StandaloneModeTests.JsonContent($$"""{"input": "agendas/{{name}}"}"""))).StatusCode);

            await http.GetAsync("/api/uploads");
            foreach (var function in Timers.Append("AgendaUploaded"))
            {
                await WaitForLineAsync(app, $"] {function}: ", TimeSpan.FromSeconds(30));
            }

            var lines = app.OutputLines.ToList();
            Assert.Single(lines, l => l.Contains("AgendaFlow is ready", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains("Dictionary`2", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains("Request starting", StringComparison.Ordinal) || l.Contains("Executing endpoint", StringComparison.Ordinal) || l.Contains("RequestPath:", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains("next runs at", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
            // One line per run: each timer ran once; AgendaUploaded may also have met agendas left by earlier tests.
            foreach (var line in Timers.Select(t => Assert.Single(lines, l => l.Contains($"] {t}: ", StringComparison.Ordinal)))
                .Append(Assert.Single(lines, l => l.Contains($"] AgendaUploaded: Agenda {name} ", StringComparison.Ordinal))))
            {
                Assert.Matches(new Regex(@"^\d\d:\d\d:\d\d info: .*\] \w+: .+ \(\d+ ms\)$"), line);
            }

            Assert.Contains(lines, l => l.Contains("] CollectReplies: 0 replies read, 0 recorded, 0 for manual handling", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($"] AgendaUploaded: Agenda {name} recorded", StringComparison.Ordinal) && l.Contains("rejected: ", StringComparison.Ordinal));
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\nThe app printed:\n{app.Output}");
        }
    }

    private static async Task WaitForLineAsync(ServerProcess process, string fragment, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!process.OutputLines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The app did not print '{fragment}' within {timeout}.");
            }

            await Task.Delay(100);
        }
    }
}
