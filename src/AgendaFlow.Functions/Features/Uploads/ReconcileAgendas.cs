using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Functions.Features.Uploads;

/// <summary>Timer: hands agendas that no blob event brought in to AgendaUploaded.</summary>
public sealed class ReconcileAgendas(AgendaScan scan, ILogger<ReconcileAgendas> logger) : ITimerFunction
{
    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var handed = await scan.RunAsync(cancellationToken);
        logger.LogInformation("ReconcileAgendas found {Count} agenda(s) not yet handled", handed);
    }
}
