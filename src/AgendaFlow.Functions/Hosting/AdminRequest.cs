using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AgendaFlow.Core.Input;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Who may use standalone mode's <c>POST /admin/functions/{Name}</c>, and what its body may be. The endpoint is for
/// the app's owner at the same machine (curl, the tests, the CLI demo), never for a web page: a browser's
/// cross-site request carries an <c>Origin</c> (and <c>Sec-Fetch-Site</c>), and a form can only send form or text
/// content types, so both are refused. When <c>AgendaFlow__Admin__Key</c> is set, the key must also come in
/// <c>x-functions-key</c>, the header the Functions host's admin API reads.
/// </summary>
public static class AdminRequest
{
    public const string KeySetting = "AgendaFlow:Admin:Key";

    public const string KeyHeader = "x-functions-key";

    /// <summary>A plain refusal (status and Danish/English text), or null when the caller may go on.</summary>
    public static (int Status, string Text)? Refusal(HttpRequest request, IConfiguration configuration)
    {
        if (request.Headers.ContainsKey("Origin")
            || request.Headers["Sec-Fetch-Site"] is { Count: > 0 } site && site.ToString() != "none")
        {
            return (403, "Administrationsendepunktet kan ikke kaldes fra en webside. / The admin endpoint does not accept requests from web pages.");
        }

        if (request.ContentType is { Length: > 0 } type && !IsJson(type))
        {
            return (415, "Brødteksten skal være JSON (Content-Type: application/json). / The body must be JSON.");
        }

        if (configuration[KeySetting] is { Length: > 0 } key)
        {
            var given = request.Headers[KeyHeader].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(given)))
            {
                return (401, $"Angiv administrationsnøglen (AgendaFlow__Admin__Key) i headeren {KeyHeader}. / Send the admin key in the {KeyHeader} header.");
            }
        }

        return null;
    }

    /// <summary>The body's <c>input</c>: null when there is no body or no input; a refusal when the body is not the JSON object it should be.</summary>
    public static async Task<(string? Input, string? Refusal)> ReadInputAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        const string shape = "Brødteksten skal være et JSON-objekt, fx {\"input\": \"agendas/udvalg/dagsorden.docx\"} eller {}. / The body must be a JSON object with a string \"input\".";
        try
        {
            using var body = JsonDocument.Parse(text);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, shape);
            }

            if (!body.RootElement.TryGetProperty("input", out var input) || input.ValueKind == JsonValueKind.Null)
            {
                return (null, null);
            }

            return input.ValueKind == JsonValueKind.String ? (input.GetString(), null) : (null, shape);
        }
        catch (JsonException)
        {
            return (null, "Brødteksten er ikke gyldig JSON. " + shape);
        }
    }

    /// <summary>A blob function's input, <c>agendas/name</c>, as the name inside the container; or why not.</summary>
    public static string? BlobName(string? input, string container, out string? refusal)
    {
        refusal = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            refusal = $"Angiv filen som input, fx {{\"input\": \"{container}/dagsorden.docx\"}}. / Give the blob path as input.";
            return null;
        }

        if (container == AgendaBlobName.Container)
        {
            if (!AgendaBlobName.TryCreatePath(input, out var blob, out var refused))
            {
                refusal = refused!.Reason;
                return null;
            }

            return blob.Name;
        }

        return input.StartsWith(container + "/", StringComparison.Ordinal) ? input[(container.Length + 1)..] : input;
    }

    private static bool IsJson(string contentType) =>
        contentType.Split(';')[0].Trim() is var media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
