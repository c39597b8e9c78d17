using System.Diagnostics;
using System.Text.Json;
using AgendaFlow.Integration.Tests.Infrastructure;

namespace AgendaFlow.Integration.Tests.Functions;

/// <summary>
/// `dotnet publish` leaves a folder the Functions host runs as a .NET isolated worker: the SDK's
/// functions.metadata and worker.config.json, written from the code's attributes.
/// </summary>
public sealed class FunctionMetadataTests(PublishedApp published) : IClassFixture<PublishedApp>
{
    /// <summary>The function names are a contract with the deployment and outside checks.</summary>
    public static readonly string[] FunctionNames =
    [
        "AgendaUploaded", "Assets", "CollectReplies", "Dagsordentjek", "DraftReferater", "Oversigt", "PublishReferater", "ReconcileAgendas",
        "Rsvp", "SendAttendanceSummaries", "SendOutbox", "SendReminders", "Uploads",
    ];

    private readonly string _out = published.Folder;

    [Fact]
    public void The_published_folder_names_the_app_as_a_dotnet_isolated_worker()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "worker.config.json")));
        var description = config.RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        var worker = description.GetProperty("defaultWorkerPath").GetString()!;
        Assert.True(File.Exists(Path.Combine(_out, worker)), $"{worker} is not in the published folder");
    }

    [Fact]
    public void Host_json_has_no_custom_handler_section()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "host.json")));

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.False(host.RootElement.TryGetProperty("customHandler", out _));
    }

    [Fact]
    public void Functions_metadata_lists_exactly_the_thirteen_functions()
    {
        Assert.Equal(FunctionNames, Functions().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AgendaUploaded_is_an_event_grid_blob_trigger_on_the_agendas_container()
    {
        var binding = Trigger("AgendaUploaded");

        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("agendas/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
    }

    [Fact]
    public void Every_timer_ticks_each_minute_in_utc_and_the_app_decides_what_is_due_in_copenhagen()
    {
        string[] timers = ["CollectReplies", "DraftReferater", "PublishReferater", "ReconcileAgendas", "SendAttendanceSummaries", "SendOutbox", "SendReminders"];
        foreach (var name in timers)
        {
            var binding = Trigger(name);
            Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
            Assert.Equal("0 * * * * *", binding.GetProperty("schedule").GetString());
        }
    }

    [Theory]
    [InlineData("Rsvp", "rsvp/{token}", "Anonymous", new[] { "get", "post" })]
    [InlineData("Dagsordentjek", "tjek/{token}", "Anonymous", new[] { "get", "post" })]
    [InlineData("Oversigt", "oversigt/{meeting?}", "Anonymous", new[] { "get", "post" })]
    [InlineData("Uploads", "uploads", "Function", new[] { "get" })]
    [InlineData("Assets", "assets/{*path}", "Anonymous", new[] { "get" })]
    public void Each_http_function_has_its_route_methods_and_auth_level(string name, string route, string authLevel, string[] methods)
    {
        var binding = Trigger(name);

        Assert.Equal("httpTrigger", binding.GetProperty("type").GetString());
        Assert.Equal(route, binding.GetProperty("route").GetString());
        Assert.Equal(authLevel, binding.GetProperty("authLevel").GetString(), ignoreCase: true);
        Assert.Equal(methods, binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
    }

    private Dictionary<string, JsonElement> Functions()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "functions.metadata")));
        return metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }

    private JsonElement Trigger(string function) =>
        Functions()[function].GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
}

/// <summary>One `dotnet publish` for all the tests that look at its output.</summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("agendaflow-publish-").FullName;

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var arg in new[] { "publish", "src/AgendaFlow.Functions", "-c", "Release", "-o", Folder, "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        var publishLog = await stdout + await stderr;
        Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publishLog);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
