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
    RunReport report,
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
            report.Idle($"agenda {blobName} was deleted before it could be read; nothing to do");
            return;
        }

        var uploader = properties.Metadata.TryGetValue(UploaderMetadataKey, out var by) ? by : null;
        if (UploadGuard.CheckSize(properties.ContentLength) is { } tooBigOrEmpty)
        {
            // Not read, so no content hash: the record is the blob's version.
            var unread = new UploadReceipt(blobName, properties.ContentLength, default, properties.CreatedOn == default ? properties.LastModified : properties.CreatedOn, uploader);
            await RejectAsync(unread, read: false, AgendaStore.VersionTag(properties.ETag), tooBigOrEmpty, cancellationToken);
            return;
        }

        var blob = await agendas.ReadAsync(blobName, cancellationToken);
        if (blob is null)
        {
            report.Idle($"agenda {blobName} was deleted while it was read; nothing to do");
            return;
        }

        var receipt = new UploadReceipt(
            blob.Name,
            blob.Content.Length,
            ContentHash.Of(blob.Content.Span),
            blob.UploadedAt,
            blob.Metadata.GetValueOrDefault(UploaderMetadataKey));
        var isNew = await uploads.RecordAsync(receipt, cancellationToken);
        var recorded = $"Agenda {blobName} {(isNew ? "recorded" : "already recorded")} ({receipt.Size} bytes)";

        // Reading and inviting are repeated even for content seen before: if an earlier run stopped half-way, this
        // finishes it, and what was done already is not done again.
        switch (AgendaFileParser.Parse(blob.Content.ToArray(), blobName))
        {
            case ParseOutcome.Rejected rejected:
                await RejectAsync(receipt, read: true, blob.ETag, rejected.Reason, cancellationToken, recorded);
                return;
            case ParseOutcome.Parsed { Document.Kind: DocumentKind.Minutes }:
                await referater.RecordUploadAsync(new ReferatUpload(blobName, receipt.Committee, receipt.ContentHash.Hex), cancellationToken);
                report.Done($"Agenda {blobName} is a referat ({receipt.Size} bytes): {await ReferatReceiptAsync(blob, receipt, cancellationToken)}");
                break;
            case ParseOutcome.Parsed parsed:
                var roster = await agendas.ReadRosterAsync(receipt.Committee ?? "", cancellationToken);
                var (meeting, reason) = MeetingFromAgenda.Map(parsed.Document, receipt.Committee, roster);
                if (meeting is null)
                {
                    await RejectAsync(receipt, read: true, blob.ETag, reason!, cancellationToken, recorded);
                    return;
                }

                await chairChecks.RememberLatestAsync(blobName, receipt.ContentHash.Hex, cancellationToken);
                var decision = ChairCheck.Decide(
                    parsed.Document.Review,
                    meeting.Participants.Where(p => p.Email is null).Select(p => p.Name),
                    ChairCheck.ModeFor(roster, options.ChairCheckMode));
                if (decision.Hold)
                {
                    report.Done($"{recorded}: {await HoldForChairAsync(meeting, parsed.Document.Review, decision, receipt, blobName, properties.ContentType, cancellationToken)}");
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

                report.Done($"{recorded}: meeting {stored.Id} revision {stored.Revision}, {planned} mail(s) planned");
                break;
        }

        await watch.RememberAsync(blobName, blob.ETag, cancellationToken);
    }

    /// <summary>
    /// Stores the meeting as awaiting its chair's check and sends the chair the receipt with the personal link; no
    /// invitation goes out. The chair is the uploader, else the roster's or agenda's chair with an address.
    /// </summary>
    private async Task<string> HoldForChairAsync(
        Meeting meeting, IReadOnlyList<string> review, ChairCheckDecision decision, UploadReceipt receipt, string blobName, string? contentType,
        CancellationToken cancellationToken)
    {
        var chair = IsAddress(receipt.Uploader)
            ? receipt.Uploader!
            : meeting.Participants.FirstOrDefault(p => Core.Rosters.CommitteeRoles.IsChair(p.Role) && p.Email is not null)?.Email;
        if (chair is null)
        {
            logger.LogWarning("Meeting {MeetingId} from {BlobName} awaits the chair's check, but there is no chair's address to send the link to", meeting.Id, blobName);
            return $"meeting {meeting.Id} awaits the chair's check, and there is no chair's address to send the link to";
        }

        var token = await chairChecks.HoldAsync(meeting, review, chair, receipt.ContentHash.Hex, blobName, contentType, cancellationToken);
        var mail = ChairCheckMail.Render(meeting, decision, Path.GetFileName(blobName), chair, token, options.Mail, clock.GetUtcNow());
        await outbox.EnqueueAsync("uploads", $"chaircheck.{receipt.ContentHash.Hex}", mail, clock.GetUtcNow(), cancellationToken);
        await dispatcher.TrySendNowAsync(cancellationToken);
        return $"meeting {meeting.Id} awaits the chair's check ({string.Join(", ", review.Concat(decision.WithoutAddress.Count > 0 ? ["addresses missing"] : []))}); no invitations sent";
    }

    /// <summary>
    /// A referat that cannot be published yet tells its uploader so now, with how to approve it; one that can is
    /// published by PublishReferater, which then sends the uploader the address. Once per content and state.
    /// </summary>
    private async Task<string> ReferatReceiptAsync(AgendaBlob blob, UploadReceipt receipt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var intake = Core.Referater.ReferatIntake.Read(blob.Content.ToArray(), blob.Name, blob.Metadata, now, receipt.Committee);
        if (intake.Publishable)
        {
            return "approved; PublishReferater publishes it at its next run";
        }

        if (IsAddress(receipt.Uploader))
        {
            var mail = Core.Referater.ReferatReceiptMail.Waiting(Path.GetFileName(blob.Name), blob.Name, intake.Approval, intake.Reason, receipt.Uploader!, options.Mail, now);
            var state = intake.Approval.Approved ? "scheduled" : "unapproved";
            await outbox.EnqueueAsync("uploads", $"referat.{state}.{receipt.ContentHash.Hex}", mail, now, cancellationToken);
            await dispatcher.TrySendNowAsync(cancellationToken);
        }

        return $"not published yet{(IsAddress(receipt.Uploader) ? ", the uploader is told" : "")}: {intake.Reason}";
    }

    private static bool IsAddress(string? text) => text is not null && System.Net.Mail.MailAddress.TryCreate(text, out _);

    /// <param name="recorded">What the run said about recording a file it read, to begin its one line with.</param>
    private async Task RejectAsync(UploadReceipt receipt, bool read, string etag, string reason, CancellationToken cancellationToken, string? recorded = null)
    {
        var (blobName, uploader) = (receipt.BlobName, receipt.Uploader);
        await agendas.RejectAsync(blobName, reason, cancellationToken);
        await uploads.RecordRejectionAsync(receipt, read, etag, reason, cancellationToken);
        if (IsAddress(uploader))
        {
            var mail = UploadReceiptMail.Rejected(Path.GetFileName(blobName), reason, uploader!, options.Mail, clock.GetUtcNow());
            await outbox.EnqueueAsync("uploads", $"rejected.{TableKey.Escape(blobName)}.{etag}", mail, clock.GetUtcNow(), cancellationToken);
            await dispatcher.TrySendNowAsync(cancellationToken);
        }

        await watch.RememberAsync(blobName, etag, cancellationToken);
        Telemetry.AgendasRejected.Add(1);
        report.Done(recorded is null ? $"Agenda {blobName} rejected ({receipt.Size} bytes): {reason}" : $"{recorded}, rejected: {reason}");
    }
}
