using System.Net;
using System.Text.RegularExpressions;

namespace AgendaFlow.Integration.Tests.Faults;

/// <summary>
/// What a person would notice of a storage outage: whether the app kept answering HTTP from before storage stopped
/// until the test ends, and what it logged from the moment storage stopped.
/// </summary>
internal sealed partial class OutageWatch : IAsyncDisposable
{
    private readonly RunningApp _app;
    private readonly CancellationTokenSource _end = new();
    private readonly List<string> _unanswered = [];
    private readonly Task _polling;
    private int _answered;
    private int _firstLineOfTheOutage = -1;

    private OutageWatch(RunningApp app)
    {
        _app = app;
        _polling = Task.Run(PollAsync);
    }

    /// <summary>Starts asking the app for its upload page every quarter of a second; the page needs no storage.</summary>
    public static OutageWatch Begin(RunningApp app) => new(app);

    /// <summary>Stops storage, marking where the outage begins in the app's log.</summary>
    public async Task StopStorageAsync(Azurite storage)
    {
        _firstLineOfTheOutage = _app.Logs.All.Count;
        await storage.StopAsync();
    }

    /// <summary>
    /// Waits until the app says storage is unreachable. An outage shorter than the storage clients' own retries (about
    /// 6 s) is bridged by them and stops nothing, so a test that starts storage again after a fixed pause proves
    /// nothing on a fast machine; the agenda watcher touches storage every quarter second, so the line comes.
    /// </summary>
    public async Task WaitUntilSaidAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!LinesSinceTheStop.Any(l => l.Contains("Storage is unreachable", StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The app did not say storage is unreachable within {timeout.TotalSeconds:0} s of the stop:\n{string.Join("\n", LinesSinceTheStop.TakeLast(40))}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Every line the app logged from the moment storage was stopped.</summary>
    public IReadOnlyList<string> LinesSinceTheStop => _app.Logs.All.Skip(_firstLineOfTheOutage).ToList();

    /// <summary>
    /// The app answered every request, before, during and after the outage, each within 10 s. Ends the polling.
    /// </summary>
    public async Task AssertAnsweredThroughoutAsync()
    {
        await _end.CancelAsync();
        await _polling;
        Assert.True(_unanswered.Count == 0, $"The app did not answer {_unanswered.Count} of {_answered + _unanswered.Count} requests: {string.Join("; ", _unanswered.Take(5))}");
        Assert.True(_answered > 10, $"Only {_answered} requests were answered; the outage was not watched.");
    }

    /// <summary>
    /// While storage was away the app said so in one line, without a stack trace, and no run logged a failure of its
    /// own; when storage answered again it said that once, naming <paramref name="stoppedRun"/> among the runs stopped.
    /// </summary>
    public void AssertSaidOnceWithoutStackTraces(string? stoppedRun = null)
    {
        var lines = LinesSinceTheStop;
        var log = string.Join("\n", lines.TakeLast(80));
        var unreachable = lines.Where(l => l.Contains("Storage is unreachable", StringComparison.Ordinal)).ToList();
        Assert.True(unreachable.Count == 1, $"Expected one line saying storage is unreachable, found {unreachable.Count}:\n{log}");
        Assert.StartsWith("Warning: ", unreachable[0]);
        var stackTraces = lines.Where(l => StackFrame().IsMatch(l)).ToList();
        Assert.True(stackTraces.Count == 0, $"{stackTraces.Count} lines carried a stack trace, the first:\n{stackTraces.FirstOrDefault()}");
        var errors = lines.Where(l => l.StartsWith("Error: ", StringComparison.Ordinal) || l.StartsWith("Critical: ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} error lines while storage was away, the first: {errors.FirstOrDefault()}");
        var back = lines.Where(l => l.Contains("Storage answers again", StringComparison.Ordinal)).ToList();
        Assert.True(back.Count == 1, $"Expected one line saying storage answers again, found {back.Count}:\n{log}");
        if (stoppedRun is not null)
        {
            Assert.True(back[0].Contains(stoppedRun, StringComparison.Ordinal), $"The outage did not stop {stoppedRun} mid-run; the test proved nothing: {back[0]}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _end.CancelAsync();
        await _polling;
        _end.Dispose();
    }

    private async Task PollAsync()
    {
        while (!_end.IsCancellationRequested)
        {
            try
            {
                using var patience = CancellationTokenSource.CreateLinkedTokenSource(_end.Token);
                patience.CancelAfter(TimeSpan.FromSeconds(10));
                using var answer = await _app.Client.GetAsync("/", patience.Token);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    _answered++;
                }
                else
                {
                    _unanswered.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {(int)answer.StatusCode}");
                }

                await Task.Delay(250, _end.Token);
            }
            catch (OperationCanceledException) when (_end.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                _unanswered.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    /// <summary>A .NET stack frame as Exception.ToString() writes it.</summary>
    [GeneratedRegex(@"^\s+at \S+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
