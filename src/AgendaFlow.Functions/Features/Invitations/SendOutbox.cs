using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>Timer: sends the mails whose time has come, retries included.</summary>
public sealed class SendOutbox(OutboxDispatcher dispatcher) : ITimerFunction
{
    public Task RunAsync(TimerTick tick, CancellationToken cancellationToken) => dispatcher.DispatchAsync(cancellationToken);
}
