using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Input;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Uploads;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Uploads;

/// <summary>
/// A chair's file arrived in <c>agendas/</c>: record it once per distinct content, read it, and invite the
/// participants. A file that cannot be used is copied to <c>agendas-rejected/</c> with the reason beside it, in
/// Danish. The original is never touched.
/// </summary>
public sealed class AgendaUploaded(
    AgendaStore agendas,
    UploadLedger uploads,
    AgendaWatchLedger watch,
    InvitationSender invitations,
    Outbox outbox,
    OutboxDispatcher dispatcher,
    AgendaFlowOptions options,
    ReferatStore referater,
    ChairCheckStore chairChecks,
    TimeProvider clock,
    ILogger<AgendaUploaded> logger) : IBlobFunction
{
    [Function("AgendaUploaded")]
    public Task Run([BlobTrigger("agendas/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient agenda, CancellationToken cancellationToken) =>
        RunAsync(agenda.Name, cancellationToken);

    public const string UploaderMetadataKey = "uploader";

    public async Task RunAsync(string blobName, CancellationToken cancellationToken)
    {
        // The name comes from outside (whoever can upload, or call the admin endpoint) and becomes blob paths, table
        // keys and file names below: it is checked before anything is read or sent. A refusal is an answer, not a
        // failure, so it is not retried.
        if (!AgendaBlobName.TryCreateInContainer(blobName, out _, out var refusal))
        {
            var shown = AgendaBlobName.ForDisplay(blobName);
            var reasonFile = await agendas.RefuseNameAsync(blobName, shown, refusal!.Reason, cancellationToken);
            Telemetry.AgendasRejected.Add(1);
            logger.LogWarning("Agenda name refused, nothing read or sent ({Reason}); reason in {ReasonFile}: {BlobName}", refusal.Reason, reasonFile, shown);
            return;
        }

        var properties = await agendas.GetPropertiesAsync(blobName, cancellationToken);
        if (properties is null)
        {
            logger.LogInformation("Agenda {BlobName} was deleted before it could be read; nothing to do", blobName);
            return;
        }

        var uploader = properties.Metadata.TryGetValue(UploaderMetadataKey, out var by) ? by : null;
        if (UploadGuard.CheckSize(properties.ContentLength) is { } tooBigOrEmpty)
        {
            await RejectAsync(blobName, AgendaStore.VersionTag(properties.ETag), tooBigOrEmpty, uploader, cancellationToken);
            return;
        }

        var blob = await agendas.ReadAsync(blobName, cancellationToken);
        if (blob is null)
        {
            logger.LogInformation("Agenda {BlobName} was deleted while it was read; nothing to do", blobName);
            return;
        }

        var receipt = new UploadReceipt(
            blob.Name,
            blob.Content.Length,
            ContentHash.Of(blob.Content.Span),
            blob.UploadedAt,
            blob.Metadata.GetValueOrDefault(UploaderMetadataKey));
        var isNew = await uploads.RecordAsync(receipt, cancellationToken);
        logger.LogInformation(
            isNew ? "Agenda {BlobName} recorded ({Size} bytes, {ContentHash})" : "Agenda {BlobName} already recorded ({Size} bytes, {ContentHash})",
            blobName, receipt.Size, receipt.ContentHash.Hex);

        // Reading and inviting are repeated even for content seen before: if an earlier run stopped half-way, this
        // finishes it, and what was done already is not done again.
        switch (AgendaFileParser.Parse(blob.Content.ToArray(), blobName))
        {
            case ParseOutcome.Rejected rejected:
                await RejectAsync(blobName, blob.ETag, rejected.Reason, receipt.Uploader, cancellationToken);
                return;
            case ParseOutcome.Parsed { Document.Kind: DocumentKind.Minutes }:
                await referater.RecordUploadAsync(new ReferatUpload(blobName, receipt.Committee, receipt.ContentHash.Hex), cancellationToken);
                logger.LogInformation("Agenda {BlobName} is a referat; PublishReferater publishes it once approved", blobName);
                break;
            case ParseOutcome.Parsed parsed:
                var roster = await agendas.ReadRosterAsync(receipt.Committee ?? "", cancellationToken);
                var (meeting, reason) = MeetingFromAgenda.Map(parsed.Document, receipt.Committee, roster);
                if (meeting is null)
                {
                    await RejectAsync(blobName, blob.ETag, reason!, receipt.Uploader, cancellationToken);
                    return;
                }

                await chairChecks.RememberLatestAsync(blobName, receipt.ContentHash.Hex, cancellationToken);
                var decision = ChairCheck.Decide(
                    parsed.Document.Review,
                    meeting.Participants.Where(p => p.Email is null).Select(p => p.Name),
                    ChairCheck.ModeFor(roster, options.ChairCheckMode));
                if (decision.Hold)
                {
                    await HoldForChairAsync(meeting, parsed.Document.Review, decision, receipt, blobName, properties.ContentType, cancellationToken);
                    break;
                }

                var file = new InvitationAttachment(Path.GetFileName(blobName), properties.ContentType ?? "application/octet-stream", blob.Content);
                var (stored, planned) = await invitations.SendAsync(meeting, receipt.ContentHash.Hex, blobName, file, cancellationToken);
                if (IsAddress(receipt.Uploader))
                {
                    var mail = UploadReceiptMail.Accepted(stored, planned, Path.GetFileName(blobName), receipt.Uploader!, options.Mail, clock.GetUtcNow(), await dispatcher.EstimateLastAsync(cancellationToken));
                    await outbox.EnqueueAsync(stored.Id.Value, $"receipt.{receipt.ContentHash.Hex}", mail, clock.GetUtcNow(), cancellationToken);
                    await dispatcher.TrySendNowAsync(cancellationToken);
                }

                break;
        }

        await watch.RememberAsync(blobName, blob.ETag, cancellationToken);
    }

    /// <summary>
    /// Stores the meeting as awaiting its chair's check and sends the chair the receipt with the personal link; no
    /// invitation goes out. The chair is the uploader, else the roster's or agenda's chair with an address.
    /// </summary>
    private async Task HoldForChairAsync(
        Meeting meeting, IReadOnlyList<string> review, ChairCheckDecision decision, UploadReceipt receipt, string blobName, string? contentType,
        CancellationToken cancellationToken)
    {
        var chair = IsAddress(receipt.Uploader)
            ? receipt.Uploader!
            : meeting.Participants.FirstOrDefault(p => Core.Rosters.CommitteeRoles.IsChair(p.Role) && p.Email is not null)?.Email;
        if (chair is null)
        {
            logger.LogWarning("Meeting {MeetingId} from {BlobName} awaits the chair's check, but there is no chair's address to send the link to", meeting.Id, blobName);
            return;
        }

        var token = await chairChecks.HoldAsync(meeting, review, chair, receipt.ContentHash.Hex, blobName, contentType, cancellationToken);
        var mail = ChairCheckMail.Render(meeting, decision, Path.GetFileName(blobName), chair, token, options.Mail, clock.GetUtcNow());
        await outbox.EnqueueAsync("uploads", $"chaircheck.{receipt.ContentHash.Hex}", mail, clock.GetUtcNow(), cancellationToken);
        await dispatcher.TrySendNowAsync(cancellationToken);
        logger.LogInformation("Meeting {MeetingId} from {BlobName} awaits the chair's check ({Uncertain}); no invitations sent",
            meeting.Id, blobName, string.Join(", ", review.Concat(decision.WithoutAddress.Count > 0 ? ["addresses missing"] : [])));
    }

    private static bool IsAddress(string? text) => text is not null && System.Net.Mail.MailAddress.TryCreate(text, out _);

    private async Task RejectAsync(string blobName, string etag, string reason, string? uploader, CancellationToken cancellationToken)
    {
        await agendas.RejectAsync(blobName, reason, cancellationToken);
        if (IsAddress(uploader))
        {
            var mail = UploadReceiptMail.Rejected(Path.GetFileName(blobName), reason, uploader!, options.Mail, clock.GetUtcNow());
            await outbox.EnqueueAsync("uploads", $"rejected.{TableKey.Escape(blobName)}.{etag}", mail, clock.GetUtcNow(), cancellationToken);
            await dispatcher.TrySendNowAsync(cancellationToken);
        }

        await watch.RememberAsync(blobName, etag, cancellationToken);
        Telemetry.AgendasRejected.Add(1);
        logger.LogWarning("Agenda {BlobName} rejected: {Reason}", blobName, reason);
    }
}
