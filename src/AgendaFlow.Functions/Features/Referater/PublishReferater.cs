using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Referater;
using AgendaFlow.Functions.Features.Assets;
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
        // Committees are shown by the name their roster gives them (the Udvalg row), never by the folder's slug.
        var rosterNames = (await agendas.ReadRostersAsync(cancellationToken))
            .Where(r => r.Roster.DisplayName is not null)
            .GroupBy(r => Slugs.Of(r.Committee))
            .ToDictionary(g => g.Key, g => g.First().Roster.DisplayName!, StringComparer.Ordinal);
        var approved = new List<ReferatSource>();
        foreach (var upload in await referater.UploadsAsync(cancellationToken))
        {
            var blob = await agendas.ReadAsync(upload.BlobName, cancellationToken);
            if (blob is null)
            {
                continue;
            }

            var folder = upload.Committee ?? (upload.BlobName.Contains('/', StringComparison.Ordinal) ? upload.BlobName[..upload.BlobName.IndexOf('/', StringComparison.Ordinal)] : null);
            var committeeName = folder is null ? null : rosterNames.GetValueOrDefault(Slugs.Of(folder));
            var intake = ReferatIntake.Read(blob.Content.ToArray(), upload.BlobName, blob.Metadata, now, upload.Committee, committeeName);
            if (intake.Source is { } source)
            {
                approved.Add(source);
            }
            else
            {
                logger.LogInformation("Referat {BlobName} not published: {Reason}", upload.BlobName, intake.Reason);
            }
        }

        var stored = await meetings.ListAsync(cancellationToken);
        var site = new ReferatSite(options.PublishingBaseUrl ?? referater.SiteUri);
        var assets = SiteAssetFiles.BesideTheApp;
        var assetFiles = assets.All().ToDictionary(p => ReferatSite.AssetFolder + p, p => p, StringComparer.Ordinal);
        var plan = PublishPlan.Create(
            PublishManifest.Parse(await referater.ReadSiteFileAsync(ReferatSite.ManifestPath, cancellationToken)),
            approved,
            site,
            now,
            new CalendarInput(stored.Select(m => m.Meeting).ToList(), options.Mail, rosterNames),
            assetFiles.ToDictionary(a => a.Key, a => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(assets.Read(a.Value)!))));
        foreach (var problem in plan.Problems)
        {
            logger.LogWarning("PublishReferater: {Problem}", problem);
        }

        // The stylesheet, fonts and icons (about 200 small files, the first time) before any page that links to them, several at a time.
        await Parallel.ForEachAsync(plan.AssetWrites, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (path, ct) =>
            await referater.WriteSiteFileAsync(path, SiteAssetFiles.ContentTypeOf(path), assets.Read(assetFiles[path])!, ct));

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
            var meeting = stored.FirstOrDefault(m => m.Meeting.Id == meetingId)?.Meeting;
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
