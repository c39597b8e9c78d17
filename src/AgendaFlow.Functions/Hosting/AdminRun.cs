namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// The answer to <c>POST /admin/functions/{Name}</c> once the run is over: 202 with what the run did, 503 with why
/// the function cannot run in this installation or that storage is unreachable, or 500 with why the run failed. Always a body a person can read.
/// </summary>
internal static class AdminRun
{
    public static async Task<IResult> AnswerAsync(FunctionDefinition function, Func<Task<string?>> run)
    {
        try
        {
            var outcome = await run();
            return Results.Json(new { function = function.Name, status = "completed", outcome = outcome ?? "done" }, statusCode: StatusCodes.Status202Accepted);
        }
        catch (FunctionCannotRunException cannot)
        {
            return Results.Json(
                new { function = function.Name, status = "cannot run", error = $"{function.Name} kan ikke køre: {cannot.Why.DanishReason}", reason = cannot.Why.Reason },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex) when (StorageOutage.IsUnreachable(ex))
        {
            return Results.Json(
                new { function = function.Name, status = "stopped", error = $"{function.Name} stoppede: lageret svarer ikke lige nu. Det, der nåede at blive gjort, er gemt, og næste kørsel fortsætter derfra." },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The invoker has logged it; the caller gets the same reason instead of an empty 500.
            return Results.Json(
                new { function = function.Name, status = "failed", error = $"{function.Name} fejlede: {FailureReason.Of(ex)}" },
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
