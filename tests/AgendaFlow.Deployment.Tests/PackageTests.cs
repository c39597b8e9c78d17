using System.Text.Json.Nodes;
using AgendaFlow.Deployment.Tests.Infrastructure;

namespace AgendaFlow.Deployment.Tests;

/// <summary>The zip infra/package.sh builds is what Flex Consumption's dotnet-isolated runtime can run as it is.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class PackageTests(DeploymentArtifacts artifacts)
{
    [Fact]
    public async Task The_package_has_host_json_at_its_root_and_no_custom_handler_section()
    {
        var package = await artifacts.Package;

        Assert.Contains(package.Entries, e => e.FullName == "host.json");
        var host = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Extracted, "host.json")))!;
        Assert.Equal("2.0", host["version"]!.GetValue<string>());
        Assert.Null(host["customHandler"]);
    }

    [Fact]
    public async Task The_package_is_a_dotnet_isolated_worker_whose_metadata_lists_every_function()
    {
        var package = await artifacts.Package;

        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Extracted, "worker.config.json")))!;
        Assert.Equal("dotnet-isolated", config["description"]!["language"]!.GetValue<string>());
        Assert.Contains(package.Entries, e => e.FullName == config["description"]!["defaultWorkerPath"]!.GetValue<string>());
        var functions = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Extracted, "functions.metadata")))!.AsArray()
            .Select(f => f!["name"]!.GetValue<string>())
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["AgendaUploaded", "Assets", "CollectReplies", "Dagsordentjek", "DraftReferater", "Oversigt", "PublishReferater", "ReconcileAgendas", "Rsvp", "SendAttendanceSummaries", "SendOutbox", "SendReminders", "Uploads"],
            functions);
    }

    [Fact]
    public async Task The_package_carries_the_host_extensions_the_worker_needs()
    {
        var package = await artifacts.Package;

        // The timer trigger is built into the host; the blob trigger is an extension the package brings.
        var extensions = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Extracted, "extensions.json")))!["extensions"]!.AsArray();
        var blobs = Assert.Single(extensions, e => e!["name"]!.GetValue<string>() == "AzureStorageBlobs")!;
        var hintPath = blobs["hintPath"]!.GetValue<string>();
        Assert.StartsWith("./.azurefunctions/", hintPath, StringComparison.Ordinal);
        Assert.Contains(package.Entries, e => "./" + e.FullName == hintPath);
    }

    [Fact]
    public async Task The_package_runs_on_the_flex_runtime_rather_than_carrying_its_own()
    {
        var package = await artifacts.Package;

        var runtimeConfig = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Extracted, "AgendaFlow.Functions.runtimeconfig.json")))!;
        Assert.Null(runtimeConfig["runtimeOptions"]!["includedFrameworks"]);
        Assert.DoesNotContain(package.Entries, e => e.FullName == "libcoreclr.so");
    }

    [Fact]
    public async Task The_package_has_no_local_settings_or_debug_symbols()
    {
        var package = await artifacts.Package;

        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith("local.settings.json", StringComparison.Ordinal));
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
    }
}
