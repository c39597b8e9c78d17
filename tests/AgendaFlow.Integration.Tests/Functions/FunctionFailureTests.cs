using System.Net;
using System.Text.Json;
using AgendaFlow.Integration.Tests.Infrastructure;

namespace AgendaFlow.Integration.Tests.Functions;

/// <summary>A function that cannot do its work says why once, in one line, and answers whoever runs it with the reason.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionFailureTests(Azurite azurite)
{
    [Fact]
    public async Task Without_an_imap_server_CollectReplies_says_why_once_at_start_and_an_admin_run_answers_that_reason()
    {
        // Scheduled every second: a function that failed at each tick would fill the log within the wait below.
        await using var app = await RunningApp.StandaloneAsync(azurite, ("AgendaFlow__Schedules__CollectReplies", "*/1 * * * * *"));
        await app.Logs.WaitForAsync("CollectReplies will not run on its schedule: no IMAP server is configured", TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, app.Logs.Count("CollectReplies"));

        var response = await app.Client.PostAsync("/admin/functions/CollectReplies", StandaloneModeTests.JsonContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error").GetString();
        Assert.Contains("ingen IMAP-server", error);
        Assert.Contains("AgendaFlow__Imap__Host", error);
        Assert.DoesNotContain(app.Logs.All, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_admin_run_answers_500_with_the_reason_in_the_body_and_logs_it_in_one_line()
    {
        // An IMAP server that is configured but not there: nothing listens on the port.
        await using var app = await RunningApp.StandaloneAsync(
            azurite,
            ("AgendaFlow__Imap__Host", "127.0.0.1"),
            ("AgendaFlow__Imap__Port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("AgendaFlow__Imap__Security", "None"),
            ("AgendaFlow__Imap__UserName", "dagsorden@region.example"),
            ("AgendaFlow__Imap__Password", "x"));

        var response = await app.Client.PostAsync("/admin/functions/CollectReplies", StandaloneModeTests.JsonContent("{}"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("failed", body.RootElement.GetProperty("status").GetString());
        var error = body.RootElement.GetProperty("error").GetString()!;
        Assert.StartsWith("CollectReplies fejlede:", error);
        Assert.Contains("refused", error, StringComparison.OrdinalIgnoreCase);
        var line = Assert.Single(app.Logs.All, l => l.Contains("CollectReplies failed after", StringComparison.Ordinal));
        Assert.Contains("refused", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(app.Logs.All, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_run_answers_with_what_the_run_did()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite);

        var response = await app.Client.PostAsync("/admin/functions/SendOutbox", StandaloneModeTests.JsonContent("{}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("completed", body.RootElement.GetProperty("status").GetString());
        var outcome = body.RootElement.GetProperty("outcome").GetString()!;
        Assert.Matches(@"^(nothing to send|\d+ mail\(s\) sent|\d+ of \d+ mail\(s\) sent; the rest wait for a retry)$", outcome);
        Assert.Contains(app.Logs.All, l => l.Contains($"SendOutbox: {outcome}", StringComparison.Ordinal));
    }
}
