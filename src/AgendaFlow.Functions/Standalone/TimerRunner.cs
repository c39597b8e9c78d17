using AgendaFlow.Core.Scheduling;
using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Functions.Standalone;

/// <summary>
/// Standalone mode's timer triggers: each timer function runs on its NCRONTAB schedule in Europe/Copenhagen time,
/// one run at a time per function, as the Functions host runs them. The schedules begin once the app listens.
/// </summary>
public sealed class TimerRunner(
    FunctionCatalog catalog,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<TimerRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Parsed before the app listens, so a malformed schedule setting still stops it from starting.
        var schedules = catalog.All
            .Where(f => f.Trigger is TimerTrigger)
            .Select(f => (Function: f, Schedule: ((TimerTrigger)f.Trigger).ScheduleOf(f.Name, configuration)))
            .ToList();
        if (!await AfterStart.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        // Resolved only now: the invoker brings the storage clients, which need not exist before the first answer.
        var invoker = services.GetRequiredService<FunctionInvoker>();
        var runnable = new List<(FunctionDefinition Function, NcrontabSchedule Schedule)>();
        foreach (var (function, schedule) in schedules)
        {
            // Said once here, rather than as a failure at every tick; the admin endpoint answers the same reason.
            if (invoker.WhyItCannotRun(function) is { } why)
            {
                logger.LogWarning("{FunctionName} will not run on its schedule: {Reason}", function.Name, why.Reason);
                continue;
            }

            runnable.Add((function, schedule));
        }

        await Task.WhenAll(runnable.Select(s => RunScheduleAsync(s.Function, s.Schedule, invoker, stoppingToken)));
    }

    private async Task RunScheduleAsync(FunctionDefinition function, NcrontabSchedule schedule, FunctionInvoker invoker, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.NextAfter(clock.GetUtcNow());
            if (next is null)
            {
                return;
            }

            logger.LogDebug("{FunctionName} next runs at {Next:yyyy-MM-dd HH:mm:ss zzz} Copenhagen time ({Schedule})", function.Name, CopenhagenTime.ToLocal(next.Value), schedule);
            try
            {
                var wait = next.Value - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }

                await invoker.InvokeTimerAsync(function, new TimerTick(next.Value, IsPastDue: clock.GetUtcNow() - next.Value > TimeSpan.FromMinutes(1)), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // The invoker has logged it; a failed run does not stop the schedule.
            }
        }
    }
}
