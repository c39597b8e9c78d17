namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Collects what a function logs during one custom-handler invocation, so the answer's <c>Logs</c> carry it to the
/// Functions host (which writes them to Application Insights beside the invocation).
/// </summary>
public sealed class InvocationLogCapture : IDisposable
{
    private static readonly AsyncLocal<InvocationLogCapture?> CurrentCapture = new();
    private readonly InvocationLogCapture? _outer;
    private readonly List<string> _lines = [];

    private InvocationLogCapture()
    {
        _outer = CurrentCapture.Value;
        CurrentCapture.Value = this;
    }

    public static InvocationLogCapture Start() => new();

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToList();
            }
        }
    }

    internal static void Write(string line)
    {
        var capture = CurrentCapture.Value;
        if (capture is null)
        {
            return;
        }

        lock (capture._lines)
        {
            capture._lines.Add(line);
        }
    }

    public void Dispose() => CurrentCapture.Value = _outer;
}

internal sealed class InvocationLogCaptureProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CapturingLogger();

    public void Dispose()
    {
    }

    private sealed class CapturingLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{logLevel}: {formatter(state, exception)}";
            InvocationLogCapture.Write(exception is null ? line : $"{line} ({exception.GetType().Name}: {exception.Message})");
        }
    }
}
