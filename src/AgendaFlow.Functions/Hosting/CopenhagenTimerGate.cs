using AgendaFlow.Core.Scheduling;
using AgendaFlow.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Under the Functions host, where timers tick in UTC: at each tick of a timer function, runs it only if an
/// occurrence of its Copenhagen-time schedule is due (<see cref="DueOccurrence"/>), and claims that occurrence in
/// the <c>timeroccurrences</c> table first, so it runs once whatever ticks, retries or instances see it.
/// </summary>
public sealed class CopenhagenTimerGate(
    FunctionCatalog catalog,
    TimerOccurrenceStore occurrences,
    StorageReady storage,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<CopenhagenTimerGate> logger) : IFunctionsWorkerMiddleware
{
    private const string TickKey = "AgendaFlow.TimerTick";

    public static bool IsTimer(FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values.Any(b => string.Equals(b.Type, "timerTrigger", StringComparison.OrdinalIgnoreCase));

    /// <summary>The occurrence the gate let through, for the function's own code.</summary>
    public static TimerTick TickOf(FunctionContext context) =>
        context.Items.TryGetValue(TickKey, out var tick) && tick is TimerTick t
            ? t
            : throw new InvalidOperationException($"{context.FunctionDefinition.Name} ran without passing the Copenhagen timer gate.");

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var name = context.FunctionDefinition.Name;
        if (catalog.Find(name) is not { Trigger: TimerTrigger trigger })
        {
            await next(context);
            return;
        }

        var cancellationToken = context.CancellationToken;
        await storage.EnsureAsync(cancellationToken);
        var record = await occurrences.GetAsync(name, cancellationToken);
        var now = clock.GetUtcNow();
        if (DueOccurrence.At(trigger.ScheduleOf(name, configuration), now, record.LastOccurrence) is not { } due)
        {
            return;
        }

        if (await occurrences.TryClaimAsync(record, due.At, cancellationToken) is not { } claim)
        {
            logger.LogInformation("{FunctionName}: the occurrence at {Occurrence:u} is already being run", name, due.At);
            return;
        }

        context.Items[TickKey] = new TimerTick(due.At, due.IsPastDue);
        try
        {
            await next(context);
        }
        catch
        {
            // The next tick sees the occurrence again and retries it, as long as it is the latest one due.
            await occurrences.ReleaseAsync(claim, record.LastOccurrence, CancellationToken.None);
            throw;
        }
    }
}
