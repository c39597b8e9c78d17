using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Functions.Features.Uploads;

/// <summary>Timer: hands agendas that no blob event brought in to AgendaUploaded.</summary>
public sealed class ReconcileAgendas(AgendaScan scan, RunReport report) : ITimerFunction
{
    [Function("ReconcileAgendas")]
    [CopenhagenSchedule("0 */10 * * * *")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var handed = await scan.RunAsync(cancellationToken);
        report.Say(handed > 0, $"found {handed} agenda(s) not yet handled");
    }
}
