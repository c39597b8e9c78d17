using System.IO.Compression;
using System.Text.Json.Nodes;

namespace AgendaFlow.Deployment.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class DeploymentCollection : ICollectionFixture<DeploymentArtifacts>
{
    public const string Name = "Deployment";
}

/// <summary>
/// What the deployment tests look at, each made once: the ARM template `bicep build` compiles from infra/main.bicep,
/// and the zip `infra/package.sh` builds.
/// </summary>
public sealed class DeploymentArtifacts : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("agendaflow-deployment-tests-").FullName;
    private readonly Lazy<Task<CompiledTemplate>> _template;
    private readonly Lazy<Task<BuiltPackage>> _package;

    public DeploymentArtifacts()
    {
        _template = new(() => CompiledTemplate.BuildAsync(Path.Combine(_work, "main.json")));
        _package = new(() => BuiltPackage.BuildAsync(Path.Combine(_work, "package")));
    }

    public Task<CompiledTemplate> Template => _template.Value;

    public Task<BuiltPackage> Package => _package.Value;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>infra/main.bicep compiled to an ARM template.</summary>
public sealed class CompiledTemplate
{
    private CompiledTemplate(string json, CommandResult build)
    {
        Json = json;
        Build = build;
        Root = JsonNode.Parse(json)!;
        AppSettings = FindAppSettings(Root);
    }

    public string Json { get; }

    public JsonNode Root { get; }

    public CommandResult Build { get; }

    /// <summary>
    /// The app settings of the function app (the properties of its sites/config "appsettings" resource): a literal, or
    /// the ARM expression that computes it.
    /// </summary>
    public IReadOnlyDictionary<string, string> AppSettings { get; }

    public static async Task<CompiledTemplate> BuildAsync(string outFile)
    {
        var build = await BicepCli.RunAsync("build", Path.Combine(RepositoryRoot.Path, "infra", "main.bicep"), "--outfile", outFile);
        Assert.True(build.ExitCode == 0, "bicep build infra/main.bicep failed:\n" + build.Log);
        return new CompiledTemplate(await File.ReadAllTextAsync(outFile), build);
    }

    /// <summary>Every JSON object in the template, modules' nested templates included.</summary>
    public IEnumerable<JsonObject> AllObjects() => Walk(Root);

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var o in Walk(child))
                    {
                        yield return o;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var o in Walk(child))
                    {
                        yield return o;
                    }
                }

                break;
        }
    }

    private static Dictionary<string, string> FindAppSettings(JsonNode root)
    {
        var configs = Walk(root)
            .Where(o => o["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "Microsoft.Web/sites/config"
                && o["name"] is JsonValue n && n.TryGetValue<string>(out var name) && name.Contains("appsettings", StringComparison.Ordinal))
            .ToList();
        Assert.True(configs.Count == 1, $"expected one Microsoft.Web/sites/config 'appsettings' resource in the template, found {configs.Count}");
        var properties = configs[0]["properties"] as JsonObject;
        Assert.NotNull(properties);
        return properties.ToDictionary(
            p => p.Key,
            p => p.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : p.Value?.ToJsonString() ?? "null",
            StringComparer.Ordinal);
    }
}

/// <summary>The zip infra/package.sh builds, and the same zip extracted.</summary>
public sealed class BuiltPackage
{
    private BuiltPackage(string zipPath, string extracted)
    {
        ZipPath = zipPath;
        Extracted = extracted;
        using var zip = ZipFile.OpenRead(zipPath);
        Entries = zip.Entries
            .Select(e => new PackageEntry(e.FullName, e.Length, (UnixFileMode)((e.ExternalAttributes >> 16) & 0xFFF)))
            .ToList();
    }

    public string ZipPath { get; }

    public string Extracted { get; }

    public IReadOnlyList<PackageEntry> Entries { get; }

    public static async Task<BuiltPackage> BuildAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var zipPath = Path.Combine(folder, "agendaflow.zip");
        var script = Path.Combine(RepositoryRoot.Path, "infra", "package.sh");
        var result = await Command.RunAsync("bash", [script, zipPath], timeout: TimeSpan.FromMinutes(15));
        Assert.True(result.ExitCode == 0, "infra/package.sh failed:\n" + result.Log);
        Assert.True(File.Exists(zipPath), "infra/package.sh succeeded but left no zip at " + zipPath);

        var extracted = Path.Combine(folder, "extracted");
        ZipFile.ExtractToDirectory(zipPath, extracted);
        return new BuiltPackage(zipPath, extracted);
    }
}

public sealed record PackageEntry(string FullName, long Length, UnixFileMode Mode)
{
    public bool IsAtRoot => !FullName.Contains('/', StringComparison.Ordinal);
}
