using System.Diagnostics;
using AgendaFlow.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Under the Functions host, what <see cref="FunctionInvoker"/> does standalone: storage ready before the first run,
/// a span and a counter per invocation, and a line saying how it went.
/// </summary>
public sealed class WorkerInvocations(StorageReady storage, ILogger<WorkerInvocations> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var name = context.FunctionDefinition.Name;
        using var activity = Telemetry.Source.StartActivity(name);
        activity?.SetTag("faas.name", name);
        var clock = Stopwatch.StartNew();
        try
        {
            await storage.EnsureAsync(context.CancellationToken);
            await next(context);
            logger.LogInformation("{FunctionName} succeeded in {ElapsedMs} ms", name, clock.ElapsedMilliseconds);
            Telemetry.Invocations.Add(1, new("function", name), new("outcome", "succeeded"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{FunctionName} failed after {ElapsedMs} ms", name, clock.ElapsedMilliseconds);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            Telemetry.Invocations.Add(1, new("function", name), new("outcome", "failed"));
            throw;
        }
    }
}
