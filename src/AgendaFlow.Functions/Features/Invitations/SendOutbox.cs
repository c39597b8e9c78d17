using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>Timer: sends the mails whose time has come, retries included.</summary>
public sealed class SendOutbox(OutboxDispatcher dispatcher) : ITimerFunction
{
    [Function("SendOutbox")]
    [CopenhagenSchedule("0 * * * * *")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public Task RunAsync(TimerTick tick, CancellationToken cancellationToken) => dispatcher.DispatchAsync(cancellationToken);
}
