using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// The JSON the Functions host POSTs to a custom handler (<c>Data</c>: trigger and input bindings by binding name,
/// <c>Metadata</c>: trigger metadata) and the answer it expects (<c>Outputs</c>, <c>Logs</c>, <c>ReturnValue</c>).
/// </summary>
public static class CustomHandlerPayload
{
    public const string BlobBinding = "blob";
    public const string TimerBinding = "timer";
    public const string RequestBinding = "req";
    public const string ResponseBinding = "res";

    /// <summary>The blob name inside the container: the <c>{name}</c> of the trigger path, as the host resolves it.</summary>
    public static string BlobName(JsonElement payload) =>
        TryGet(payload, "Metadata", "name") is { ValueKind: JsonValueKind.String } name
            ? name.GetString()!
            : throw new InvalidPayloadException("Metadata.name is missing from the blob trigger payload.");

    public static TimerTick Timer(JsonElement payload, DateTimeOffset now)
    {
        var timer = TryGet(payload, "Data", TimerBinding);
        var pastDue = timer is { ValueKind: JsonValueKind.Object } t
            && t.TryGetProperty("IsPastDue", out var p) && p.ValueKind == JsonValueKind.True;
        return new TimerTick(now, pastDue);
    }

    public static HttpCall Request(JsonElement payload)
    {
        var req = TryGet(payload, "Data", RequestBinding);
        if (req is not { ValueKind: JsonValueKind.Object } r)
        {
            throw new InvalidPayloadException("Data.req is missing from the HTTP trigger payload.");
        }

        var url = r.TryGetProperty("Url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var parsed)
            ? parsed
            : new Uri("http://localhost/");
        return new HttpCall(
            r.TryGetProperty("Method", out var m) ? m.GetString() ?? "GET" : "GET",
            url,
            StringMap(r, "Query"),
            StringMap(r, "Headers"),
            StringMap(r, "Params"),
            r.TryGetProperty("Body", out var b) ? BodyText(b) : "");
    }

    public static JsonObject Answer(JsonObject outputs, IReadOnlyList<string> logs) => new()
    {
        ["Outputs"] = outputs,
        ["Logs"] = new JsonArray(logs.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        ["ReturnValue"] = null,
    };

    public static JsonObject HttpOutput(HttpAnswer answer) => new()
    {
        [ResponseBinding] = new JsonObject
        {
            ["statusCode"] = answer.StatusCode,
            ["headers"] = new JsonObject { ["Content-Type"] = answer.ContentType },
            ["body"] = answer.Body,
        },
    };

    private static JsonElement? TryGet(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !TryGetPropertyIgnoreCase(element, name, out element))
            {
                return null;
            }
        }

        return element;
    }

    private static bool TryGetPropertyIgnoreCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    // The host sends headers as arrays of values and query/params as plain strings; accept both everywhere.
    private static Dictionary<string, string> StringMap(JsonElement parent, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!parent.TryGetProperty(name, out var obj) || obj.ValueKind != JsonValueKind.Object)
        {
            return map;
        }

        foreach (var property in obj.EnumerateObject())
        {
            map[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Array => string.Join(",", property.Value.EnumerateArray().Select(v => v.ToString())),
                JsonValueKind.String => property.Value.GetString() ?? "",
                _ => property.Value.ToString(),
            };
        }

        return map;
    }

    private static string BodyText(JsonElement body) => body.ValueKind switch
    {
        JsonValueKind.String => body.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => body.GetRawText(),
    };
}

public sealed class InvalidPayloadException(string message) : Exception(message);
