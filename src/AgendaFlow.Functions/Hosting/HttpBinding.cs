using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// An HTTP function's request and answer in either head: ASP.NET Core's <see cref="HttpRequest"/> (standalone
/// Kestrel, or the worker's ASP.NET Core integration) to <see cref="HttpCall"/>, and <see cref="HttpAnswer"/> back.
/// </summary>
public static class HttpBinding
{
    /// <summary>The route values come from the host's binding data under the worker, from ASP.NET Core routing standalone.</summary>
    public static async Task<HttpCall> CallAsync(HttpRequest request, FunctionContext? context, CancellationToken cancellationToken)
    {
        var routeValues = request.RouteValues.ToDictionary(r => r.Key, r => r.Value?.ToString() ?? "", StringComparer.OrdinalIgnoreCase);
        if (context is not null)
        {
            foreach (var (name, value) in context.BindingContext.BindingData)
            {
                if (value is string text && !IsHostData(name))
                {
                    routeValues[name] = text;
                }
            }
        }

        using var reader = new StreamReader(request.Body);
        return new HttpCall(
            request.Method,
            new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}"),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            routeValues,
            await reader.ReadToEndAsync(cancellationToken));
    }

    public static IActionResult ToActionResult(this HttpAnswer answer) => new AnswerResult(answer);

    public static async Task WriteToAsync(this HttpAnswer answer, HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = answer.StatusCode;
        response.ContentType = answer.ContentType;
        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
        }

        if (answer.SetCookie is not null)
        {
            response.Headers.SetCookie = answer.SetCookie;
            // A page reached with a key or token in its address does not pass the address on to what it links to.
            response.Headers["Referrer-Policy"] = "no-referrer";
        }

        if (answer.CacheControl is not null)
        {
            response.Headers.CacheControl = answer.CacheControl;
        }

        if (answer.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (answer.Bytes is not null)
        {
            await response.Body.WriteAsync(answer.Bytes, cancellationToken);
            return;
        }

        await response.WriteAsync(answer.Body, cancellationToken);
    }

    // Besides the route's own values the host passes the query and headers (as JSON) and its "sys" data.
    private static bool IsHostData(string name) => name is "Query" or "Headers" or "sys";

    private sealed class AnswerResult(HttpAnswer answer) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) =>
            answer.WriteToAsync(context.HttpContext.Response, context.HttpContext.RequestAborted);
    }
}
