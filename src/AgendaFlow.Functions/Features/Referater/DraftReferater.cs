using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Referater;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Features.Summaries;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Referater;

/// <summary>
/// Timer (default hourly at half past): once a meeting has ended, drafts its referat with the attendance filled in
/// (Markdown and Word, in <c>referater-kladde/{committee}/</c>) and mails it to the minute-taker and the
/// secretariat: the committee's own (a roster row with role <c>sekretariat</c>), else AgendaFlow__SecretariatAddress,
/// as for the attendance summaries. One draft per meeting: an existing draft is never overwritten.
/// </summary>
public sealed class DraftReferater(
    MeetingStore meetings,
    AttendanceReader attendance,
    AgendaStore agendas,
    ReferatStore referater,
    Outbox outbox,
    OutboxDispatcher dispatcher,
    AgendaFlowOptions options,
    RunReport report,
    TimeProvider clock,
    ILogger<DraftReferater> logger) : ITimerFunction
{
    [Function("DraftReferater")]
    [CopenhagenSchedule("0 30 * * * *")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var drafted = new List<string>();
        var today = Core.Scheduling.CopenhagenTime.DateOf(now);
        foreach (var stored in await meetings.ListBetweenAsync(Core.Scheduling.CopenhagenTime.DateOf(now - DraftPlan.LookBack).AddDays(-1), today, cancellationToken))
        {
            var meeting = stored.Meeting;
            if (!DraftPlan.IsDue(meeting, now))
            {
                continue;
            }

            var agenda = await agendas.ReadAsync(stored.SourceBlob, cancellationToken) is { } blob
                && AgendaFileParser.Parse(blob.Content.ToArray(), blob.Name) is ParseOutcome.Parsed parsed
                    ? parsed.Document
                    : null;
            var overview = await attendance.ReadAsync(meeting, cancellationToken);
            var markdown = System.Text.Encoding.UTF8.GetBytes(ReferatDraft.Markdown(meeting, agenda, overview));
            var word = ReferatDraftDocx.Render(meeting, agenda, overview);
            var (mdName, docxName) = (ReferatDraft.FileName(meeting, "md"), ReferatDraft.FileName(meeting, "docx"));
            if (!await referater.WriteDraftAsync($"{meeting.Committee}/{mdName}", markdown, "text/markdown; charset=utf-8", cancellationToken))
            {
                continue;
            }

            await referater.WriteDraftAsync($"{meeting.Committee}/{docxName}", word, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", cancellationToken);
            var secretariat = overview.Roster.SecretariatAddress ?? options.SecretariatAddress;
            var recipients = meeting.Participants
                .Where(p => p.Email is not null && Core.Rosters.CommitteeRoles.IsMinuteTaker(p.Role))
                .Select(p => p.Email!)
                .Concat(secretariat is { } s ? [s] : [])
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (recipients.Count > 0)
            {
                var mail = ReferatNoticeMail.Draft(meeting, recipients, mdName, markdown, docxName, word, options.Mail, now);
                await outbox.EnqueueAsync(meeting.Id.Value, "draft", mail, now, cancellationToken);
            }

            logger.LogDebug("Meeting {MeetingId}: referat drafted in {Container}/{Committee}", meeting.Id, ReferatStore.DraftContainer, meeting.Committee);
            drafted.Add(meeting.Id.Value);
        }

        report.Say(drafted.Count > 0, drafted.Count > 0
            ? $"{drafted.Count} referat draft(s) written to {ReferatStore.DraftContainer} and mailed ({string.Join(", ", drafted)})"
            : "no ended meeting without a draft");

        await dispatcher.TrySendNowAsync(cancellationToken);
    }
}
