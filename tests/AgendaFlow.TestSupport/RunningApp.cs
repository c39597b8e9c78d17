using System.Collections.Concurrent;
using AgendaFlow.Functions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgendaFlow.TestSupport;

/// <summary>
/// The real function app, started in this process on a free loopback port with the given settings (as environment
/// variables would give them), with what it logs kept for the test to read.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningApp(WebApplication app, int port, LogLines logs)
    {
        _app = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    /// <summary>The app's own services, for a test that must play a part of a run (a crash half-way, say).</summary>
    public IServiceProvider Services => _app.Services;

    public LogLines Logs { get; }

    public static Task<RunningApp> StandaloneAsync(Azurite storage, params (string Key, string Value)[] settings) =>
        StartAsync(storage, settings);

    /// <summary>Standalone, with services of the test's own registered last (e.g. the token credential standing in for Entra ID).</summary>
    public static Task<RunningApp> StandaloneAsync(Azurite storage, Action<IServiceCollection> services, params (string Key, string Value)[] settings) =>
        StartAsync(storage, settings, services);

    private static async Task<RunningApp> StartAsync(Azurite storage, (string Key, string Value)[] settings, Action<IServiceCollection>? services = null)
    {
        var port = FreePort.Next();
        var args = new List<string> { $"--AzureWebJobsStorage={storage.ConnectionString}", $"--urls=http://127.0.0.1:{port}" };
        args.AddRange(settings.Select(s => $"--{s.Key.Replace("__", ":")}={s.Value}"));
        var logs = new LogLines();
        var app = AgendaFlowApp.Build(args.ToArray(), builder =>
        {
            builder.Logging.AddProvider(logs);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new RunningApp(app, port, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Every line the app logged, to wait on and assert against.</summary>
public sealed class LogLines : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    private readonly ConcurrentQueue<string> _scopes = new();

    public IReadOnlyList<string> All => _lines.ToList();

    /// <summary>Every log scope the app opened, as text (a scope's values go out with each line logged inside it).</summary>
    public IReadOnlyList<string> Scopes => _scopes.ToList();

    public int Count(string fragment) => _lines.Count(l => l.Contains(fragment, StringComparison.Ordinal));

    public async Task WaitForAsync(string fragment, TimeSpan timeout, int occurrences = 1)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count(fragment) < occurrences)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"'{fragment}' was not logged {occurrences} time(s) within {timeout.TotalSeconds} s. Log:\n" + string.Join("\n", All));
            }

            await Task.Delay(50);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogLines lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines._scopes.Enqueue(state is IEnumerable<KeyValuePair<string, object?>> values
                ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
                : state.ToString() ?? "");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines._lines.Enqueue(exception is null ? $"{logLevel}: {formatter(state, exception)}" : $"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
