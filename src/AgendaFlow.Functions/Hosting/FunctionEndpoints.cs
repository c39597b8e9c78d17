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
        catch (Exception ex) when (StorageOutage.IsUnreachable(ex))
        {
            answer = new HttpAnswer(503, "text/plain; charset=utf-8", "AgendaFlow kan ikke nå sine data lige nu. Prøv igen om lidt.\n");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The invoker has logged the reason in one line; no second report with a stack trace from Kestrel.
            answer = new HttpAnswer(500, "text/plain; charset=utf-8", "Der opstod en fejl. Prøv igen om lidt.\n");
        }

        await answer.WriteToAsync(context.Response, context.RequestAborted);
    }

    private static async Task<IResult> RunNowAsync(
        string functionName, HttpContext context, FunctionCatalog catalog, FunctionInvoker invoker, TimeProvider clock, IConfiguration configuration)
    {
        if (AdminRequest.Refusal(context.Request, configuration) is { } refused)
        {
            return Refuse(refused.Status, refused.Text);
        }

        var function = catalog.Find(functionName);
        if (function is null)
        {
            return Results.NotFound(new { error = $"Der findes ingen funktion ved navn {functionName}." });
        }

        var (input, badBody) = await AdminRequest.ReadInputAsync(context.Request, context.RequestAborted);
        if (badBody is not null)
        {
            return Refuse(400, badBody);
        }

        switch (function.Trigger)
        {
            case BlobTrigger blob:
                // As with the host's admin API, the input is the blob path, "agendas/name.docx".
                if (AdminRequest.BlobName(input, blob.Container, out var refusal) is not { } name)
                {
                    return Refuse(400, refusal!);
                }

                return await AdminRun.AnswerAsync(function, () => invoker.InvokeBlobAsync(function, name, context.RequestAborted));
            case TimerTrigger:
                return await AdminRun.AnswerAsync(function, () => invoker.InvokeTimerAsync(function, new TimerTick(clock.GetUtcNow(), IsPastDue: false), context.RequestAborted, askedFor: true));
            case HttpTrigger http:
                return Results.BadRequest(new { error = $"{function.Name} er en HTTP-funktion; kald /api/{http.Route}." });
        }

        return Results.Accepted(value: new { function = function.Name, status = "completed" });
    }

    /// <summary>A refusal in plain words, readable as it is in a terminal (JSON would escape the Danish letters).</summary>
    private static IResult Refuse(int status, string text) => Results.Text(text + "\n", "text/plain; charset=utf-8", statusCode: status);
}
