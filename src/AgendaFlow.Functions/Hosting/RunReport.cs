namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// What one run of a function did, in a few words: the run's one log line (<see cref="FunctionInvoker"/>) and the
/// admin endpoint's answer say it. One per run (a DI scope per invocation); the last word a function gives stands.
/// </summary>
public sealed class RunReport
{
    public string? Outcome { get; private set; }

    /// <summary>False when the run found nothing to do: a scheduled run like that is not worth a line at Information.</summary>
    public bool DidWork { get; private set; }

    /// <summary>The run changed or sent something; e.g. "4 replies read, 3 recorded, 1 for manual handling".</summary>
    public void Done(string outcome)
    {
        Outcome = outcome;
        DidWork = true;
    }

    /// <summary>The run found nothing to do; e.g. "nothing due".</summary>
    public void Idle(string outcome)
    {
        Outcome = outcome;
        DidWork = false;
    }

    /// <summary>Idle when <paramref name="didWork"/> is false, done otherwise.</summary>
    public void Say(bool didWork, string outcome)
    {
        if (didWork)
        {
            Done(outcome);
        }
        else
        {
            Idle(outcome);
        }
    }
}

/// <summary>
/// A function that needs something the installation may not have (a mailbox, say) says so before it runs, so it is
/// said once at start and answered to whoever asks for a run, instead of failing with a stack trace at every tick.
/// </summary>
public interface IHasPrerequisites
{
    /// <summary>Null when the function can run; else why not, for the log and the admin endpoint.</summary>
    FunctionCannotRun? WhyItCannotRun();
}

/// <summary>Why a function cannot run: in English for the log, in Danish for a person asking through the admin endpoint.</summary>
public sealed record FunctionCannotRun(string Reason, string DanishReason);

/// <summary>Thrown by <see cref="FunctionInvoker"/> when a function's prerequisites are missing; nothing has run.</summary>
public sealed class FunctionCannotRunException(string functionName, FunctionCannotRun why)
    : InvalidOperationException($"{functionName} cannot run: {why.Reason}")
{
    public string FunctionName { get; } = functionName;

    public FunctionCannotRun Why { get; } = why;
}
