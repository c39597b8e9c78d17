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
    RunReport report,
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
        var uploaders = new Dictionary<string, string>(StringComparer.Ordinal);
        var waiting = 0;
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
                if (blob.Metadata.GetValueOrDefault(Uploads.AgendaUploaded.UploaderMetadataKey) is { } uploader && System.Net.Mail.MailAddress.TryCreate(uploader, out _))
                {
                    uploaders[upload.BlobName] = uploader;
                }
            }
            else
            {
                // Said to the uploader once, when it arrived (AgendaUploaded); not again every hour.
                waiting++;
                logger.LogDebug("Referat {BlobName} not published: {Reason}", upload.BlobName, intake.Reason);
            }
        }

        // The calendars list coming meetings only: those are the ones read.
        var coming = await meetings.ListBetweenAsync(Core.Scheduling.CopenhagenTime.DateOf(now), null, cancellationToken);
        var site = new ReferatSite(options.PublishingBaseUrl ?? referater.SiteUri);
        var assets = SiteAssetFiles.BesideTheApp;
        var assetFiles = assets.All().ToDictionary(p => ReferatSite.AssetFolder + p, p => p, StringComparer.Ordinal);
        var plan = PublishPlan.Create(
            PublishManifest.Parse(await referater.ReadSiteFileAsync(ReferatSite.ManifestPath, cancellationToken)),
            approved,
            site,
            now,
            new CalendarInput(coming.Select(m => m.Meeting).ToList(), options.Mail, rosterNames),
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

        report.Say(plan.Writes.Count > 0, $"{plan.New.Count} referat(s) published, {plan.Corrected.Count} corrected, {waiting} waiting for approval or their date, {plan.Writes.Count} file(s) written");
        await SendReceiptsAsync(plan, approved, uploaders, site, now, cancellationToken);
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

    /// <summary>
    /// The uploader of each referat published or corrected in this run gets its address; keyed by the published
    /// content, so a run repeated after a crash sends nothing twice.
    /// </summary>
    private async Task SendReceiptsAsync(
        PublishPlan plan, IReadOnlyList<ReferatSource> approved, IReadOnlyDictionary<string, string> uploaders, ReferatSite site, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (published, corrected) in plan.New.Select(p => (p, false)).Concat(plan.Corrected.Select(p => (p, true))))
        {
            var source = approved.FirstOrDefault(a => a.SourceName is { } name && uploaders.ContainsKey(name)
                && KeyOf(a, now) == published.Key);
            if (source?.SourceName is not { } blobName)
            {
                continue;
            }

            var mail = ReferatReceiptMail.Published(Path.GetFileName(blobName), published.Document.Title, published.Date, site.Url(published.PagePath), corrected, uploaders[blobName], options.Mail, now);
            await outbox.EnqueueAsync("uploads", $"referat.published.{published.ContentHash[..16]}", mail, now, cancellationToken);
        }
    }

    /// <summary>The published page's key, or null for a source the plan refused (it said why in its problems).</summary>
    private static string? KeyOf(ReferatSource source, DateTimeOffset now)
    {
        try
        {
            return PublishedReferat.From(source.Document, source.Committee, now, null, source.CommitteeName).Key;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
