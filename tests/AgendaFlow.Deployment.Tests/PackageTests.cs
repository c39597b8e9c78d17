using System.Text.Json.Nodes;
using AgendaFlow.Deployment.Tests.Infrastructure;

namespace AgendaFlow.Deployment.Tests;

/// <summary>The zip infra/package.sh builds is what the Functions host on Linux can run as it is.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class PackageTests(DeploymentArtifacts artifacts)
{
    [Fact]
    public async Task The_package_has_host_json_at_its_root_with_the_custom_handler_section()
    {
        var package = await artifacts.Package;

        Assert.Contains(package.Entries, e => e.FullName == "host.json");
        var host = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Extracted, "host.json")))!;
        Assert.Equal("2.0", host["version"]!.GetValue<string>());
        Assert.NotNull(host["customHandler"]?["description"]?["defaultExecutablePath"]);
        Assert.NotNull(host["extensionBundle"]);
    }

    [Fact]
    public async Task The_executable_host_json_names_is_in_the_package_with_its_execute_bit()
    {
        var package = await artifacts.Package;
        var host = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Extracted, "host.json")))!;
        var executable = host["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>();
        var workingDirectory = host["customHandler"]!["description"]!["workingDirectory"]?.GetValue<string>() ?? "";

        var path = string.IsNullOrEmpty(workingDirectory) ? executable : $"{workingDirectory.TrimEnd('/')}/{executable}";
        var entry = Assert.Single(package.Entries, e => e.FullName == path);
        Assert.True(entry.Mode.HasFlag(UnixFileMode.UserExecute), $"{path} is in the zip without its execute bit (mode {Convert.ToString((int)entry.Mode, 8)})");
        Assert.True(entry.Mode.HasFlag(UnixFileMode.OtherExecute), $"{path} is not executable by other users (mode {Convert.ToString((int)entry.Mode, 8)}); the host may run it as another user");
    }

    [Fact]
    public async Task Every_function_folder_has_exactly_one_function_json_with_a_trigger()
    {
        var package = await artifacts.Package;

        var functions = package.FunctionJsons;
        Assert.NotEmpty(functions);
        foreach (var (name, json) in functions)
        {
            Assert.Single(package.Entries, e => e.FullName == $"{name}/function.json");
            Assert.Single(package.Entries, e => e.FullName.StartsWith(name + "/", StringComparison.Ordinal) && e.Length > 0);
            var bindings = JsonNode.Parse(json)!["bindings"]!.AsArray();
            Assert.Single(bindings, b => b!["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("AgendaUploaded")]
    [InlineData("ReconcileAgendas")]
    [InlineData("Uploads")]
    public async Task The_package_has_the_function(string name)
    {
        var package = await artifacts.Package;

        Assert.Contains(name, package.FunctionJsons.Keys);
    }

    [Fact]
    public async Task The_package_carries_its_own_dotnet_and_aspnetcore_runtime_for_linux_x64()
    {
        var package = await artifacts.Package;
        var root = package.Entries.Where(e => e.IsAtRoot).Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var file in new[] { "libcoreclr.so", "libhostfxr.so", "libclrjit.so", "System.Private.CoreLib.dll", "Microsoft.AspNetCore.dll", "AgendaFlow.Functions.dll" })
        {
            Assert.True(root.Contains(file), $"{file} is not at the root of the package: it is not self-contained for linux-x64");
        }

        var runtimeConfig = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Extracted, "AgendaFlow.Functions.runtimeconfig.json")))!;
        Assert.NotNull(runtimeConfig["runtimeOptions"]!["includedFrameworks"]);
        Assert.Null(runtimeConfig["runtimeOptions"]!["framework"]);
        Assert.Null(runtimeConfig["runtimeOptions"]!["frameworks"]);
    }

    [Fact]
    public async Task The_packaged_executable_runs_from_the_extracted_zip_and_writes_the_same_function_metadata()
    {
        var package = await artifacts.Package;
        var output = Directory.CreateTempSubdirectory("agendaflow-metadata-").FullName;
        try
        {
            var result = await Command.RunAsync(
                Path.Combine(package.Extracted, "AgendaFlow.Functions"), ["--write-function-metadata", output],
                workingDirectory: package.Extracted, timeout: TimeSpan.FromMinutes(2));

            Assert.True(result.ExitCode == 0, "the packaged AgendaFlow.Functions did not run:\n" + result.Log);
            foreach (var (name, json) in package.FunctionJsons)
            {
                var written = Path.Combine(output, name, "function.json");
                Assert.True(File.Exists(written), $"the packaged executable wrote no {name}/function.json");
                Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), JsonNode.Parse(await File.ReadAllTextAsync(written))!.ToJsonString());
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task The_package_has_no_local_settings_or_debug_symbols()
    {
        var package = await artifacts.Package;

        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith("local.settings.json", StringComparison.Ordinal));
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
    }
}
