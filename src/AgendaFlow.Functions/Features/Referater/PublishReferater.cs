using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Referater;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Referater;

/// <summary>
/// Timer (default hourly): publishes the approved referater to the publishing container as a static site (a page
/// and JSON per meeting, indexes, an Atom feed and a calendar per committee), pages first and indexes last, and
/// only what changed. Participants hear when a referat is out or corrected.
/// </summary>
public sealed class PublishReferater(
    ReferatStore referater,
    AgendaStore agendas,
    MeetingStore meetings,
    Outbox outbox,
    OutboxDispatcher dispatcher,
    AgendaFlowOptions options,
    TimeProvider clock,
    ILogger<PublishReferater> logger) : ITimerFunction
{
    [Function("PublishReferater")]
    [CopenhagenSchedule("0 0 * * * *")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var approved = new List<ReferatSource>();
        foreach (var upload in await referater.UploadsAsync(cancellationToken))
        {
            var blob = await agendas.ReadAsync(upload.BlobName, cancellationToken);
            if (blob is null)
            {
                continue;
            }

            var intake = ReferatIntake.Read(blob.Content.ToArray(), upload.BlobName, blob.Metadata, now, upload.Committee);
            if (intake.Source is { } source)
            {
                approved.Add(source);
            }
            else
            {
                logger.LogInformation("Referat {BlobName} not published: {Reason}", upload.BlobName, intake.Reason);
            }
        }

        // The calendars list coming meetings only: those are the ones read.
        var coming = await meetings.ListBetweenAsync(Core.Scheduling.CopenhagenTime.DateOf(now), null, cancellationToken);
        var site = new ReferatSite(options.PublishingBaseUrl ?? referater.SiteUri);
        var plan = PublishPlan.Create(
            PublishManifest.Parse(await referater.ReadSiteFileAsync(ReferatSite.ManifestPath, cancellationToken)),
            approved,
            site,
            now,
            new CalendarInput(coming.Select(m => m.Meeting).ToList(), options.Mail));
        foreach (var problem in plan.Problems)
        {
            logger.LogWarning("PublishReferater: {Problem}", problem);
        }

        // In the plan's order: pages first, indexes and feeds after, the manifest last. A run that stops half-way
        // leaves the old manifest, so the next run writes the rest again.
        foreach (var file in plan.Writes)
        {
            await referater.WriteSiteFileAsync(file.Path, file.ContentType, file.Content, cancellationToken);
        }

        logger.LogInformation("PublishReferater: {Written} file(s) written, {New} new, {Corrected} corrected",
            plan.Writes.Count, plan.New.Count, plan.Corrected.Count);
        foreach (var (published, corrected) in plan.New.Select(p => (p, false)).Concat(plan.Corrected.Select(p => (p, true))))
        {
            var meetingId = MeetingId.For(published.CommitteeSlug, published.Date);
            var meeting = (await meetings.GetAsync(meetingId, cancellationToken))?.Meeting;
            if (meeting is null)
            {
                continue;
            }

            foreach (var participant in meeting.Participants.Where(p => p.Email is not null))
            {
                var mail = ReferatNoticeMail.Published(meeting, participant, site.Url(published.PagePath), corrected, options.Mail, now);
                await outbox.EnqueueAsync(meeting.Id.Value, $"published.{published.ContentHash[..16]}.{Core.Invitations.Invitation.ParticipantDigest(participant)}", mail, now, cancellationToken);
            }
        }

        await dispatcher.TrySendNowAsync(cancellationToken);
    }
}
