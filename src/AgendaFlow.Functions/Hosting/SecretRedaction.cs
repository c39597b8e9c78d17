using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using OpenTelemetry.Instrumentation.AspNetCore;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Request addresses as logs and telemetry may hold them: the answer page's and the chair's check page's token
/// (<c>/api/rsvp/{token}</c>, <c>/api/tjek/{token}</c>) and the secretariat's key (<c>?noegle=</c>), or a function
/// key (<c>?code=</c>), become a short hash. The hash still tells two requests with the same token apart from two
/// with different ones, and cannot be turned back into the token.
/// </summary>
public static class SecretRedaction
{
    private static readonly string[] TokenRoutes = ["/api/rsvp/", "/api/tjek/"];

    private static readonly string[] SecretQueryNames = ["noegle", "code"];

    public static string Path(string? path)
    {
        path ??= "";
        foreach (var route in TokenRoutes)
        {
            if (path.StartsWith(route, StringComparison.OrdinalIgnoreCase) && path.Length > route.Length)
            {
                var end = path.IndexOf('/', route.Length);
                var token = end < 0 ? path[route.Length..] : path[route.Length..end];
                return route + Hash(token) + (end < 0 ? "" : path[end..]);
            }
        }

        return path;
    }

    /// <summary>The query string (with or without its '?') with secret values hashed; other values kept.</summary>
    public static string Query(string? query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return query ?? "";
        }

        var leading = query.StartsWith('?') ? "?" : "";
        var parts = query.TrimStart('?').Split('&').Select(part =>
        {
            var equals = part.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? part : part[..equals]);
            return equals >= 0 && SecretQueryNames.Contains(name, StringComparer.OrdinalIgnoreCase)
                ? part[..(equals + 1)] + Hash(Uri.UnescapeDataString(part[(equals + 1)..].Replace('+', ' ')))
                : part;
        });
        return leading + string.Join("&", parts);
    }

    public static string PathAndQuery(HttpRequest request) => Path(request.Path.Value) + Query(request.QueryString.Value);

    /// <summary>
    /// Request logs without secrets: ASP.NET Core's own "Request starting/finished" lines carry the full address,
    /// and its request log scope (RequestPath) would put the path on every line logged during the request; both are
    /// off (the scope is only made when that category logs at all). <see cref="LogRequestsAsync"/> (standalone)
    /// writes the redacted line instead. Request spans for Application Insights carry the redacted path and query.
    /// </summary>
    public static void AddTo(IHostApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Services.Configure<AspNetCoreTraceInstrumentationOptions>(o => o.EnrichWithHttpRequest = Enrich);
    }

    /// <summary>One line per request with the redacted address, status and time.</summary>
    public static async Task LogRequestsAsync(HttpContext context, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        await next();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AgendaFlow.Requests");
        logger.LogInformation("HTTP {Method} {Path} answered {StatusCode} in {ElapsedMs} ms",
            context.Request.Method, PathAndQuery(context.Request), context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static void Enrich(Activity activity, HttpRequest request)
    {
        activity.SetTag("url.path", Path(request.Path.Value));
        if (request.QueryString.HasValue)
        {
            activity.SetTag("url.query", Query(request.QueryString.Value).TrimStart('?'));
        }
    }

    private static string Hash(string secret) =>
        "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..8];
}
