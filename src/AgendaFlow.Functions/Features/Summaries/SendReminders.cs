using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Core.Summaries;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>
/// Timer (default hourly): what is due before each coming meeting. Reminders to those who have not answered, at
/// each configured stage (default 3 days before), at most once per stage and participant; and the final summary
/// to the secretariat the configured number of hours before the start.
/// </summary>
public sealed class SendReminders(
    MeetingStore meetings,
    AttendanceReader attendance,
    SummarySender summaries,
    Outbox outbox,
    OutboxDispatcher dispatcher,
    SummaryOptions options,
    AgendaFlowOptions app,
    RunReport report,
    TimeProvider clock,
    ILogger<SendReminders> logger) : ITimerFunction
{
    [Function("SendReminders")]
    [CopenhagenSchedule("0 0 * * * *")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int reminders = 0, finals = 0;
        // From yesterday: a meeting late in the evening may still be ahead in UTC terms; SummaryPlan decides.
        foreach (var stored in await meetings.ListBetweenAsync(CopenhagenTime.DateOf(now).AddDays(-1), null, cancellationToken))
        {
            var meeting = stored.Meeting;
            if (!SummaryPlan.IsComing(meeting, now))
            {
                continue;
            }

            var overview = await attendance.ReadAsync(meeting, cancellationToken);
            var reminded = 0;
            foreach (var due in ReminderPlan.Due(overview, options.ReminderStages, now))
            {
                var token = await meetings.TokenForAsync(meeting.Id, due.Participant, cancellationToken);
                var mail = InvitationMail.Render(new Invitation(meeting, due.Participant, token, InvitationKind.Reminder, [], []), app.Mail, now);
                if (await outbox.EnqueueAsync(meeting.Id.Value, due.Key, mail, now, cancellationToken))
                {
                    reminded++;
                }
            }

            if (reminded > 0)
            {
                logger.LogDebug("Meeting {MeetingId}: {Count} reminder(s) put in the outbox", meeting.Id, reminded);
            }

            reminders += reminded;
            if (SummaryPlan.Final(meeting, now, options.FinalHoursBefore) is { } final
                && await summaries.SendAsync(meeting, final, cancellationToken))
            {
                finals++;
            }
        }

        report.Say(reminders + finals > 0, $"{reminders} reminder(s) to participants who have not answered, {finals} final summary mail(s)");

        await dispatcher.TrySendNowAsync(cancellationToken);
    }
}
