using System.Text.Json;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Standalone mode's HTTP surface, as the Functions host offers it: <c>/api/{route}</c> for HTTP functions and
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
    }

    private static async Task ServeHttpAsync(HttpContext context, FunctionDefinition function, FunctionInvoker invoker)
    {
        var call = await HttpBinding.CallAsync(context.Request, null, context.RequestAborted);
        HttpAnswer answer;
        try
        {
            answer = await invoker.InvokeHttpAsync(function, call, context.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The invoker has logged the reason in one line; no second report with a stack trace from Kestrel.
            answer = new HttpAnswer(500, "text/plain; charset=utf-8", "Der opstod en fejl. Prøv igen om lidt.\n");
        }

        await answer.WriteToAsync(context.Response, context.RequestAborted);
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

                return await AdminRun.AnswerAsync(function, () => invoker.InvokeBlobAsync(function, input.StartsWith(prefix, StringComparison.Ordinal) ? input[prefix.Length..] : input, context.RequestAborted));
            case TimerTrigger:
                return await AdminRun.AnswerAsync(function, () => invoker.InvokeTimerAsync(function, new TimerTick(clock.GetUtcNow(), IsPastDue: false), context.RequestAborted, askedFor: true));
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
