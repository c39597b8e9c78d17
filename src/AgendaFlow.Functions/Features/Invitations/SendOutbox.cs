using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>Timer: sends the mails whose time has come, retries included.</summary>
public sealed class SendOutbox(OutboxDispatcher dispatcher, RunReport report) : ITimerFunction
{
    [Function("SendOutbox")]
    [CopenhagenSchedule("0 * * * * *")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var (sent, tried) = await dispatcher.DispatchAsync(cancellationToken);
        report.Say(tried > 0, tried == 0 ? "nothing to send" : tried == sent ? $"{sent} mail(s) sent" : $"{sent} of {tried} mail(s) sent; the rest wait for a retry");
    }
}
