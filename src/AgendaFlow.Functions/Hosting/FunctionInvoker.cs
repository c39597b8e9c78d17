using System.Diagnostics;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Runs a function once, whoever asked: the Functions host's payload, the standalone watcher or timer, the admin
/// endpoint, or Kestrel for an HTTP function. Each run gets its own DI scope (with its <see cref="RunReport"/>) and
/// logs one line: the function's outcome, or why it failed (storage being unreachable is said once for all runs, by
/// <see cref="StorageOutage"/>).
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, StorageReady storage, StorageOutage outage, ILogger<FunctionInvoker> logger)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _timerGates = new(StringComparer.Ordinal);

    /// <summary>Returns the run's outcome in a few words.</summary>
    public async Task<string?> InvokeBlobAsync(FunctionDefinition function, string blobName, CancellationToken cancellationToken) =>
        (await RunAsync<IBlobFunction, bool>(function, askedFor: true, cancellationToken, async f =>
        {
            await f.RunAsync(blobName, cancellationToken);
            return true;
        })).Outcome;

    /// <summary>
    /// As the Functions host does, one run of a timer function at a time: the schedule and the admin endpoint may
    /// both start one, and the second waits for the first. <paramref name="askedFor"/> when a person asked for the
    /// run: its line is logged even when it found nothing to do. Returns the run's outcome in a few words.
    /// </summary>
    public async Task<string?> InvokeTimerAsync(FunctionDefinition function, TimerTick tick, CancellationToken cancellationToken, bool askedFor = false)
    {
        var gate = _timerGates.GetOrAdd(function.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return (await RunAsync<ITimerFunction, bool>(function, askedFor, cancellationToken, async f =>
            {
                await f.RunAsync(tick, cancellationToken);
                return true;
            })).Outcome;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<HttpAnswer> InvokeHttpAsync(FunctionDefinition function, HttpCall call, CancellationToken cancellationToken) =>
        (await RunAsync<IHttpFunction, HttpAnswer>(function, askedFor: false, cancellationToken, f => f.RunAsync(call, cancellationToken))).Result;

    /// <summary>Why the function cannot run in this installation, or null when it can (see <see cref="IHasPrerequisites"/>).</summary>
    public FunctionCannotRun? WhyItCannotRun(FunctionDefinition function)
    {
        using var scope = scopes.CreateScope();
        return (scope.ServiceProvider.GetRequiredService(function.Handler) as IHasPrerequisites)?.WhyItCannotRun();
    }

    private async Task<(TResult Result, string? Outcome)> RunAsync<THandler, TResult>(
        FunctionDefinition function, bool askedFor, CancellationToken cancellationToken, Func<THandler, Task<TResult>> run)
        where THandler : class
    {
        using var scope = scopes.CreateScope();
        // For exporters that keep scopes as properties (Application Insights); the console leaves scopes out.
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["FunctionName"] = function.Name });
        var handler = scope.ServiceProvider.GetRequiredService(function.Handler) as THandler
            ?? throw new InvalidOperationException($"{function.Handler.Name} is not a {typeof(THandler).Name}.");
        if ((handler as IHasPrerequisites)?.WhyItCannotRun() is { } why)
        {
            logger.LogWarning("{FunctionName} cannot run: {Reason}", function.Name, why.Reason);
            throw new FunctionCannotRunException(function.Name, why);
        }

        var report = scope.ServiceProvider.GetRequiredService<RunReport>();
        using var activity = Telemetry.Source.StartActivity(function.Name);
        activity?.SetTag("faas.name", function.Name);
        var clock = Stopwatch.StartNew();
        try
        {
            await storage.EnsureAsync(cancellationToken);
            var result = await run(handler);
            var level = report.DidWork || askedFor ? LogLevel.Information : LogLevel.Debug;
            logger.Log(level, "{FunctionName}: {Outcome} ({ElapsedMs} ms)", function.Name, report.Outcome ?? "done", clock.ElapsedMilliseconds);
            Telemetry.Invocations.Add(1, new("function", function.Name), new("outcome", "succeeded"));
            return (result, report.Outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One line a person can read; the stack trace is there for whoever turns on Debug.
            if (!outage.Stopped(ex, function.Name))
            {
                logger.LogError("{FunctionName} failed after {ElapsedMs} ms: {Reason}", function.Name, clock.ElapsedMilliseconds, FailureReason.Of(ex));
            }

            logger.LogDebug(ex, "{FunctionName} failed", function.Name);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            Telemetry.Invocations.Add(1, new("function", function.Name), new("outcome", "failed"));
            throw;
        }
    }
}

/// <summary>An exception in one line: its message (an aggregate's distinct inner messages, without the SDK's retry preamble).</summary>
public static class FailureReason
{
    public static string Of(Exception exception)
    {
        var causes = Causes(exception).ToList();
        var messages = causes.Select(e => e.Message.Trim()).Distinct(StringComparer.Ordinal).Take(3);
        return $"{string.Join("; ", messages)} ({causes[0].GetType().Name})";
    }

    private static IEnumerable<Exception> Causes(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: > 0 } aggregate
            ? aggregate.InnerExceptions.SelectMany(Causes)
            : [exception];
}
