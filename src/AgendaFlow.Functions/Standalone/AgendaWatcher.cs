using AgendaFlow.Functions.Features.Uploads;
using Microsoft.Extensions.Options;

namespace AgendaFlow.Functions.Standalone;

/// <summary>
/// Standalone mode's blob trigger: looks for new and changed agendas every few seconds. The first look is as soon
/// as the app listens, so agendas uploaded while it was down are picked up then.
/// </summary>
public sealed class AgendaWatcher(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    IOptions<StandaloneOptions> options,
    Hosting.StorageOutage outage,
    TimeProvider clock,
    ILogger<AgendaWatcher> logger) : BackgroundService
{
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await AfterStart.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        // Resolved only now: it brings the storage clients, which need not exist before the first answer.
        var scan = services.GetRequiredService<AgendaScan>();
        var interval = options.Value.AgendaPollInterval;
        await ScanAsync(scan, stoppingToken);
        // Said after the first look, so whoever waits for it knows that what was there before has been picked up.
        logger.LogInformation("Watching the agendas container every {Interval} s", interval.TotalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await ScanAsync(scan, stoppingToken);
        }
    }

    private async Task ScanAsync(AgendaScan scan, CancellationToken stoppingToken)
    {
        try
        {
            await scan.RunAsync(stoppingToken);
            if (_failing)
            {
                _failing = false;
                logger.LogInformation("The agendas container can be read again");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage being away is no reason to stop watching; the next round tries again. Said once, not every round.
            if (!_failing && !outage.Stopped(ex, "the agenda watcher's scan"))
            {
                _failing = true;
                logger.LogWarning("Could not scan the agendas container; trying again every round: {Reason}", Hosting.FailureReason.Of(ex));
            }
        }
    }
}
