using System.Text.Json;
using System.Text.Json.Nodes;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Writes <c>{Name}/function.json</c> for every function in the catalog, so the Functions host's view of the app
/// is generated from the code at publish time and cannot drift from it.
/// </summary>
public static class FunctionMetadata
{
    public const string Switch = "--write-function-metadata";

    public static JsonObject For(FunctionDefinition function) => new()
    {
        ["bindings"] = function.Trigger switch
        {
            BlobTrigger blob => new JsonArray(new JsonObject
            {
                ["name"] = CustomHandlerPayload.BlobBinding,
                ["type"] = "blobTrigger",
                ["direction"] = "in",
                ["path"] = blob.Path,
                ["connection"] = StorageClients.SettingName,
                // The handler reads the blob through the SDK by name; binary keeps Word files intact in the payload.
                ["dataType"] = "binary",
            }),
            TimerTrigger => new JsonArray(new JsonObject
            {
                ["name"] = CustomHandlerPayload.TimerBinding,
                ["type"] = "timerTrigger",
                ["direction"] = "in",
                // The host resolves %name% from app settings, so one setting steers both the host and standalone mode.
                ["schedule"] = $"%{TimerTrigger.SettingName(function.Name)}%",
                ["useMonitor"] = true,
            }),
            HttpTrigger http => new JsonArray(
                new JsonObject
                {
                    ["name"] = CustomHandlerPayload.RequestBinding,
                    ["type"] = "httpTrigger",
                    ["direction"] = "in",
                    ["authLevel"] = http.AuthLevel.ToString().ToLowerInvariant(),
                    ["methods"] = new JsonArray(http.Methods.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()),
                    ["route"] = http.Route,
                },
                new JsonObject
                {
                    ["name"] = CustomHandlerPayload.ResponseBinding,
                    ["type"] = "http",
                    ["direction"] = "out",
                }),
            _ => throw new NotSupportedException($"No metadata for {function.Trigger.GetType().Name}."),
        },
    };

    public static void WriteAll(FunctionCatalog catalog, string directory)
    {
        foreach (var function in catalog.All)
        {
            var folder = Path.Combine(directory, function.Name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(
                Path.Combine(folder, "function.json"),
                For(function).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
    }
}
