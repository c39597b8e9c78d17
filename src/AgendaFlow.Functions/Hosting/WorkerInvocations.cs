using System.Diagnostics;
using AgendaFlow.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Under the Functions host, what <see cref="FunctionInvoker"/> does standalone: storage ready before the first run,
/// a function that cannot run in this installation said once (not a failure at every tick), a span and a counter per
/// invocation, and one line saying how it went.
/// </summary>
public sealed class WorkerInvocations(StorageReady storage, StorageOutage outage, FunctionCatalog catalog, ILogger<WorkerInvocations> logger) : IFunctionsWorkerMiddleware
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _saidCannotRun = new(StringComparer.Ordinal);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var name = context.FunctionDefinition.Name;
        if (catalog.Find(name) is { } function
            && (context.InstanceServices.GetService(function.Handler) as IHasPrerequisites)?.WhyItCannotRun() is { } why)
        {
            if (_saidCannotRun.TryAdd(name, true))
            {
                logger.LogWarning("{FunctionName} cannot run: {Reason}", name, why.Reason);
            }

            return;
        }

        using var activity = Telemetry.Source.StartActivity(name);
        activity?.SetTag("faas.name", name);
        var clock = Stopwatch.StartNew();
        try
        {
            await storage.EnsureAsync(context.CancellationToken);
            await next(context);
            var report = context.InstanceServices.GetService<RunReport>();
            logger.Log(report?.DidWork == false && CopenhagenTimerGate.IsTimer(context) ? LogLevel.Debug : LogLevel.Information,
                "{FunctionName}: {Outcome} ({ElapsedMs} ms)", name, report?.Outcome ?? "done", clock.ElapsedMilliseconds);
            Telemetry.Invocations.Add(1, new("function", name), new("outcome", "succeeded"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Application Insights keeps the exception with the invocation; the line says it in words. Storage being
            // unreachable is one line for all runs, not an exception per run and retry.
            if (!outage.Stopped(ex, name))
            {
                logger.LogError(ex, "{FunctionName} failed after {ElapsedMs} ms: {Reason}", name, clock.ElapsedMilliseconds, FailureReason.Of(ex));
            }

            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            Telemetry.Invocations.Add(1, new("function", name), new("outcome", "failed"));
            throw;
        }
    }
}
