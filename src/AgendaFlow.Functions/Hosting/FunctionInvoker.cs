using System.Diagnostics;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Runs a function once, whoever asked: the Functions host's payload, the standalone watcher or timer, the admin
/// endpoint, or Kestrel for an HTTP function. Each run gets its own DI scope and a log scope naming the function.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, StorageReady storage, ILogger<FunctionInvoker> logger)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _timerGates = new(StringComparer.Ordinal);

    public Task InvokeBlobAsync(FunctionDefinition function, string blobName, CancellationToken cancellationToken) =>
        RunAsync<IBlobFunction, bool>(function, cancellationToken, async f =>
        {
            await f.RunAsync(blobName, cancellationToken);
            return true;
        });

    /// <summary>
    /// As the Functions host does, one run of a timer function at a time: the schedule and the admin endpoint may
    /// both start one, and the second waits for the first.
    /// </summary>
    public async Task InvokeTimerAsync(FunctionDefinition function, TimerTick tick, CancellationToken cancellationToken)
    {
        var gate = _timerGates.GetOrAdd(function.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await RunAsync<ITimerFunction, bool>(function, cancellationToken, async f =>
            {
                await f.RunAsync(tick, cancellationToken);
                return true;
            });
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<HttpAnswer> InvokeHttpAsync(FunctionDefinition function, HttpCall call, CancellationToken cancellationToken) =>
        RunAsync<IHttpFunction, HttpAnswer>(function, cancellationToken, f => f.RunAsync(call, cancellationToken));

    private async Task<TResult> RunAsync<THandler, TResult>(
        FunctionDefinition function, CancellationToken cancellationToken, Func<THandler, Task<TResult>> run)
        where THandler : class
    {
        using var scope = scopes.CreateScope();
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["FunctionName"] = function.Name });
        var handler = scope.ServiceProvider.GetRequiredService(function.Handler) as THandler
            ?? throw new InvalidOperationException($"{function.Handler.Name} is not a {typeof(THandler).Name}.");
        using var activity = Telemetry.Source.StartActivity(function.Name);
        activity?.SetTag("faas.name", function.Name);
        var clock = Stopwatch.StartNew();
        try
        {
            await storage.EnsureAsync(cancellationToken);
            var result = await run(handler);
            logger.LogInformation("{FunctionName} succeeded in {ElapsedMs} ms", function.Name, clock.ElapsedMilliseconds);
            Telemetry.Invocations.Add(1, new("function", function.Name), new("outcome", "succeeded"));
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{FunctionName} failed after {ElapsedMs} ms", function.Name, clock.ElapsedMilliseconds);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            Telemetry.Invocations.Add(1, new("function", function.Name), new("outcome", "failed"));
            throw;
        }
    }
}
