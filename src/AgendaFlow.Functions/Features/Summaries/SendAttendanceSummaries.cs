using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
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
    TimeProvider clock) : ITimerFunction
{
    [Function("SendAttendanceSummaries")]
    [CopenhagenSchedule("0 0 7 * * 1-5")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = CopenhagenTime.ToLocal(tick.ScheduledFor).ToString("yyyyMMdd");
        // From yesterday: a meeting late in the evening may still be ahead in UTC terms; HasStarted decides.
        foreach (var stored in await meetings.ListBetweenAsync(CopenhagenTime.DateOf(now).AddDays(-1), null, cancellationToken))
        {
            var meeting = stored.Meeting;
            if (meeting.IsCancelled || MeetingTimes.HasStarted(meeting, now))
            {
                continue;
            }

            var close = MeetingTimes.DaysBefore(meeting, options.AlwaysWithinDays) <= now;
            await summaries.SendAsync(meeting, $"day.{day}", isFinal: false, onlyWhenChanged: !close, cancellationToken);
        }

        await dispatcher.TrySendNowAsync(cancellationToken);
    }
}
