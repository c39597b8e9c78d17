using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// The HTTP surface of the app: <c>POST /{FunctionName}</c> for the Functions host's payloads,
/// <c>/api/{route}</c> for HTTP functions (forwarded by the host, or served directly in standalone mode), and
/// <c>POST /admin/functions/{FunctionName}</c> to run any function now.
/// </summary>
public static class FunctionEndpoints
{
    public static void MapFunctions(this IEndpointRouteBuilder app, FunctionCatalog catalog)
    {
        foreach (var function in catalog.All)
        {
            if (function.Trigger is HttpTrigger http)
            {
                app.MapMethods("/api/" + http.Route, http.Methods.Select(m => m.ToUpperInvariant()).ToArray(),
                    (HttpContext context, FunctionInvoker invoker) => ServeHttpAsync(context, function, invoker));
            }
        }

        app.MapPost("/admin/functions/{functionName}", RunNowAsync);
        app.MapPost("/{functionName}", InvokeFromHostAsync);
    }

    private static async Task ServeHttpAsync(HttpContext context, FunctionDefinition function, FunctionInvoker invoker)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var call = new HttpCall(
            request.Method,
            new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}"),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.RouteValues.ToDictionary(r => r.Key, r => r.Value?.ToString() ?? "", StringComparer.OrdinalIgnoreCase),
            await reader.ReadToEndAsync(context.RequestAborted));
        var answer = await invoker.InvokeHttpAsync(function, call, context.RequestAborted);
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    private static async Task<IResult> InvokeFromHostAsync(
        string functionName, HttpContext context, FunctionCatalog catalog, FunctionInvoker invoker, TimeProvider clock)
    {
        var function = catalog.Find(functionName);
        if (function is null)
        {
            return Results.Json(CustomHandlerPayload.Answer([], [$"Error: no function is named {functionName}."]), statusCode: 404);
        }

        using var capture = InvocationLogCapture.Start();
        try
        {
            using var payload = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var outputs = new JsonObject();
            switch (function.Trigger)
            {
                case BlobTrigger:
                    await invoker.InvokeBlobAsync(function, CustomHandlerPayload.BlobName(payload.RootElement), context.RequestAborted);
                    break;
                case TimerTrigger:
                    await invoker.InvokeTimerAsync(function, CustomHandlerPayload.Timer(payload.RootElement, clock.GetUtcNow()), context.RequestAborted);
                    break;
                case HttpTrigger:
                    var answer = await invoker.InvokeHttpAsync(function, CustomHandlerPayload.Request(payload.RootElement), context.RequestAborted);
                    outputs = CustomHandlerPayload.HttpOutput(answer);
                    break;
            }

            return Results.Json(CustomHandlerPayload.Answer(outputs, capture.Lines));
        }
        catch (Exception ex) when (ex is InvalidPayloadException or JsonException)
        {
            return Results.Json(CustomHandlerPayload.Answer([], [.. capture.Lines, $"Error: {ex.Message}"]), statusCode: 400);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any non-2xx answer is a failed invocation to the host, which then retries where the trigger retries.
            return Results.Json(CustomHandlerPayload.Answer([], [.. capture.Lines, $"Error: {ex.Message}"]), statusCode: 500);
        }
    }

    private static async Task<IResult> RunNowAsync(
        string functionName, HttpContext context, FunctionCatalog catalog, FunctionInvoker invoker, TimeProvider clock)
    {
        var function = catalog.Find(functionName);
        if (function is null)
        {
            return Results.NotFound(new { error = $"Der findes ingen funktion ved navn {functionName}." });
        }

        var input = await ReadAdminInputAsync(context);
        switch (function.Trigger)
        {
            case BlobTrigger blob:
                // As with the host's admin API, the input is the blob path, "agendas/name.docx".
                var prefix = blob.Container + "/";
                if (string.IsNullOrWhiteSpace(input))
                {
                    return Results.BadRequest(new { error = $"Angiv filen som input, fx {{\"input\": \"{prefix}dagsorden.docx\"}}." });
                }

                await invoker.InvokeBlobAsync(function, input.StartsWith(prefix, StringComparison.Ordinal) ? input[prefix.Length..] : input, context.RequestAborted);
                break;
            case TimerTrigger:
                await invoker.InvokeTimerAsync(function, new TimerTick(clock.GetUtcNow(), IsPastDue: false), context.RequestAborted);
                break;
            case HttpTrigger http:
                return Results.BadRequest(new { error = $"{function.Name} er en HTTP-funktion; kald /api/{http.Route}." });
        }

        return Results.Accepted(value: new { function = function.Name, status = "completed" });
    }

    private static async Task<string?> ReadAdminInputAsync(HttpContext context)
    {
        if (context.Request.ContentLength is 0)
        {
            return null;
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("input", out var input)
                ? input.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
