using System.Text.Encodings.Web;
using System.Text.Json;

namespace AgendaFlow.Functions.Hosting;

internal static class AppJson
{
    /// <summary>Danish letters stay readable in JSON answers; it is never embedded in HTML unencoded.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
