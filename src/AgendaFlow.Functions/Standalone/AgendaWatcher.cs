using AgendaFlow.Functions.Features.Uploads;
using Microsoft.Extensions.Options;

namespace AgendaFlow.Functions.Standalone;

/// <summary>Standalone mode's blob trigger: looks for new and changed agendas every few seconds.</summary>
public sealed class AgendaWatcher(
    AgendaScan scan,
    IOptions<StandaloneOptions> options,
    TimeProvider clock,
    ILogger<AgendaWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.AgendaPollInterval;
        logger.LogInformation("Watching the agendas container every {Interval} s", interval.TotalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scan.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage being away is no reason to stop watching; the next round tries again.
                logger.LogWarning("Could not scan the agendas container: {Message}", ex.Message);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
