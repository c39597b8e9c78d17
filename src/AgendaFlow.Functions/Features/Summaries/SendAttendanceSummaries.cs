using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Core.Summaries;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>
/// Timer (default weekdays 07:00): one summary per coming meeting to the secretariat. Quiet about a meeting that
/// is far off and has no news; one mail per meeting per day, whoever runs it how often.
/// </summary>
public sealed class SendAttendanceSummaries(
    MeetingStore meetings,
    SummarySender summaries,
    OutboxDispatcher dispatcher,
    SummaryOptions options,
    RunReport report,
    TimeProvider clock) : ITimerFunction
{
    [Function("SendAttendanceSummaries")]
    [CopenhagenSchedule("0 0 7 * * 1-5")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int coming = 0, sent = 0;
        // From yesterday: a meeting late in the evening may still be ahead in UTC terms; SummaryPlan decides.
        foreach (var stored in await meetings.ListBetweenAsync(CopenhagenTime.DateOf(now).AddDays(-1), null, cancellationToken))
        {
            if (SummaryPlan.Daily(stored.Meeting, tick.ScheduledFor, now, options.AlwaysWithinDays) is { } due)
            {
                coming++;
                if (await summaries.SendAsync(stored.Meeting, due, cancellationToken))
                {
                    sent++;
                }
            }
        }

        report.Say(sent > 0, $"{sent} summary mail(s) to the secretariat for {coming} coming meeting(s)");

        await dispatcher.TrySendNowAsync(cancellationToken);
    }
}
