using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Storage that does not answer at all is one condition of the whole app, not a failure of each run: the agenda
/// watcher, every run under way and every retry meet it at once. It is recognised here (<see cref="IsUnreachable"/>,
/// the one rule) and said in one line when the first run stops because of it, without a stack trace; the runs it
/// stops after that are only listed, in the one line that says storage answers again. A stopped run keeps what it
/// wrote and sent (every step is keyed), and its next run carries on from there.
/// </summary>
public sealed class StorageOutage(TimeProvider clock, ILogger<StorageOutage> logger)
{
    private readonly Lock _gate = new();
    private readonly SortedSet<string> _stopped = new(StringComparer.Ordinal);
    private DateTimeOffset? _since;
    private volatile bool _away;

    /// <summary>Put in the storage clients' pipeline: any answer from storage, even an error, ends an outage.</summary>
    public HttpPipelinePolicy AnswerWatch => new AnswerWatchPolicy(this);

    /// <summary>
    /// True when storage gave no answer at all (connection refused or reset, name not found, timed out), after the
    /// SDK's own bounded retries (<c>StorageRetry</c>). Storage answering with an error status is something else.
    /// </summary>
    public static bool IsUnreachable(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        AggregateException { InnerExceptions.Count: > 0 } aggregate => aggregate.InnerExceptions.All(IsUnreachable),
        _ => false,
    };

    /// <summary>
    /// When <paramref name="exception"/> is storage being unreachable, notes that <paramref name="run"/> stopped because
    /// of it, says so if it is the first in this outage, and returns true: the caller logs nothing more. False otherwise.
    /// </summary>
    public bool Stopped(Exception exception, string run)
    {
        if (!IsUnreachable(exception))
        {
            return false;
        }

        bool first;
        lock (_gate)
        {
            first = _since is null;
            _since ??= clock.GetUtcNow();
            _stopped.Add(run);
            _away = true;
        }

        if (first)
        {
            logger.LogWarning("Storage is unreachable ({Reason}); {Run} stopped. Runs stop until it answers, and the next run carries on where they stopped; this is said once, and again when storage answers",
                Reason(exception), run);
        }
        else
        {
            logger.LogDebug("{Run} stopped: storage is still unreachable ({Reason})", run, Reason(exception));
        }

        return true;
    }

    private void Answered()
    {
        if (!_away)
        {
            return;
        }

        DateTimeOffset since;
        string stopped;
        lock (_gate)
        {
            if (_since is not { } began)
            {
                return;
            }

            since = began;
            stopped = string.Join(", ", _stopped);
            _stopped.Clear();
            _since = null;
            _away = false;
        }

        logger.LogInformation("Storage answers again after {Seconds} s; stopped meanwhile: {Stopped}", (int)(clock.GetUtcNow() - since).TotalSeconds, stopped);
    }

    /// <summary>What the network said, in one line: the first try's message (the SDK's aggregate repeats it per retry).</summary>
    private static string Reason(Exception exception) =>
        (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Reason(aggregate.InnerExceptions[0]) : exception.Message.Split('\n')[0].Trim());

    private sealed class AnswerWatchPolicy(StorageOutage outage) : HttpPipelineSynchronousPolicy
    {
        public override void OnReceivedResponse(HttpMessage message) => outage.Answered();
    }
}
