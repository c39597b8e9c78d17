using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Referater;

/// <summary>What one uploaded file means for publishing: a source to publish now, or the Danish reason it is not.</summary>
public sealed record ReferatIntakeResult(ReferatSource? Source, ReferatApprovalState Approval, string Reason)
{
    public bool Publishable => Source is not null;
}

/// <summary>
/// The step before <see cref="PublishPlan"/> for each blob the timer looks at: parse it, check it is minutes with a
/// date, read the approval (document line or blob metadata) and whether its time has come. Pure: the caller passes
/// the bytes, the blob's name and metadata, and the time.
/// </summary>
public static class ReferatIntake
{
    /// <param name="blobName">The blob's name; its first folder is the committee (<c>sundhed/referat.docx</c>) unless <paramref name="committee"/> is given.</param>
    public static ReferatIntakeResult Read(byte[] content, string blobName, IReadOnlyDictionary<string, string>? metadata, DateTimeOffset now, string? committee = null, string? committeeName = null)
    {
        var fileName = blobName.Split('/').Last();
        var approval = ReferatApproval.Read(content, fileName, metadata);
        var outcome = AgendaFileParser.Parse(content, fileName);
        if (outcome is not ParseOutcome.Parsed { Document: var document })
        {
            var reason = outcome is ParseOutcome.Rejected rejected ? rejected.Reason : UploadGuard.CorruptReason;
            return new ReferatIntakeResult(null, approval, reason);
        }

        if (document.Kind != DocumentKind.Minutes)
        {
            return new ReferatIntakeResult(null, approval, PublishedReferat.NotMinutesReason);
        }

        if (document.Date is null)
        {
            return new ReferatIntakeResult(null, approval, PublishedReferat.NoDateReason);
        }

        if (!approval.Approved)
        {
            return new ReferatIntakeResult(null, approval, approval.Reason);
        }

        if (!approval.IsPublishableAt(now))
        {
            var local = Scheduling.CopenhagenTime.ToLocal(approval.PublishNotBefore!.Value);
            return new ReferatIntakeResult(null, approval, $"Godkendt, offentliggøres {Danish.DanishText.ShortDate(DateOnly.FromDateTime(local.DateTime))}.");
        }

        var folder = blobName.Contains('/', StringComparison.Ordinal) ? blobName[..blobName.IndexOf('/', StringComparison.Ordinal)] : null;
        var name = committee ?? folder ?? document.Title;
        // People know the committee by its name, not by the upload's folder: the roster's name row, else the document's title.
        return new ReferatIntakeResult(new ReferatSource(document, name, committeeName ?? document.Title, blobName, approval.ApprovedOn), approval, approval.Reason);
    }
}
