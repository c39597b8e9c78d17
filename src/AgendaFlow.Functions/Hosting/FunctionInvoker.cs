using System.Diagnostics;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Runs a function once, whoever asked: the Functions host's payload, the standalone watcher or timer, the admin
/// endpoint, or Kestrel for an HTTP function. Each run gets its own DI scope and a log scope naming the function.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, StorageReady storage, ILogger<FunctionInvoker> logger)
{
    public Task InvokeBlobAsync(FunctionDefinition function, string blobName, CancellationToken cancellationToken) =>
        RunAsync<IBlobFunction, bool>(function, cancellationToken, async f =>
        {
            await f.RunAsync(blobName, cancellationToken);
            return true;
        });

    public Task InvokeTimerAsync(FunctionDefinition function, TimerTick tick, CancellationToken cancellationToken) =>
        RunAsync<ITimerFunction, bool>(function, cancellationToken, async f =>
        {
            await f.RunAsync(tick, cancellationToken);
            return true;
        });

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
