using System.Diagnostics;
using System.Text.Json;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Integration.Tests.Infrastructure;

namespace AgendaFlow.Integration.Tests.Functions;

/// <summary>`dotnet publish` leaves a folder the Functions host can run, described by the code and nothing else.</summary>
public sealed class FunctionMetadataTests(PublishedApp published) : IClassFixture<PublishedApp>
{
    private readonly string _out = published.Folder;

    [Fact]
    public void The_published_folder_has_host_json_pointing_at_the_published_executable()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "host.json")));
        var handler = host.RootElement.GetProperty("customHandler");
        var executable = handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;

        Assert.True(File.Exists(Path.Combine(_out, executable)), $"{executable} is not in the published folder");
        Assert.True(handler.GetProperty("enableForwardHttpRequest").GetBoolean());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", host.RootElement.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", host.RootElement.GetProperty("extensionBundle").GetProperty("version").GetString());
    }

    [Fact]
    public void Every_function_in_the_code_has_a_function_json_and_there_are_no_others()
    {
        var folders = Directory.GetDirectories(_out)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(d => Path.GetFileName(d))
            .OfType<string>()
            .Order()
            .ToList();

        Assert.Equal(FunctionCatalog.App.All.Select(f => f.Name).Order().ToList(), folders);
    }

    [Fact]
    public void The_blob_function_json_binds_the_agendas_container_through_AzureWebJobsStorage()
    {
        var binding = TriggerBinding("AgendaUploaded");

        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("agendas/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void Each_timer_function_json_reads_its_schedule_from_its_app_setting()
    {
        foreach (var function in FunctionCatalog.App.All.Where(f => f.Trigger is TimerTrigger))
        {
            var binding = TriggerBinding(function.Name);
            Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
            Assert.Equal($"%AgendaFlow__Schedules__{function.Name}%", binding.GetProperty("schedule").GetString());
        }
    }

    [Fact]
    public void Each_http_function_json_has_its_route_methods_auth_level_and_an_http_output()
    {
        foreach (var function in FunctionCatalog.App.All.Where(f => f.Trigger is HttpTrigger))
        {
            var http = (HttpTrigger)function.Trigger;
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, function.Name, "function.json")));
            var bindings = json.RootElement.GetProperty("bindings").EnumerateArray().ToList();
            var trigger = bindings.Single(b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Equal(http.Route, trigger.GetProperty("route").GetString());
            Assert.Equal(http.Methods, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToList());
            Assert.Equal(http.AuthLevel.ToString().ToLowerInvariant(), trigger.GetProperty("authLevel").GetString());
            Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
        }
    }

    private JsonElement TriggerBinding(string function)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, function, "function.json")));
        return json.RootElement.GetProperty("bindings")[0].Clone();
    }
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
