using AgendaFlow.Core.Invitations;
using MimeKit;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// The answer to whoever uploaded a referat (the blob's <c>uploader</c>): it is published, at this address; or it is
/// saved and waits, with why and how to approve it (the rule of <see cref="ReferatApproval"/>).
/// </summary>
public static class ReferatReceiptMail
{
    public static MimeMessage Published(string fileName, string title, DateOnly date, Uri page, bool corrected, string uploader, MailSettings settings, DateTimeOffset now) =>
        Mail(
            $"{(corrected ? "Rettet referat offentliggjort" : "Referat offentliggjort")}: {title}, {Danish.DanishText.ShortDate(date)}",
            $"""
            Vi har modtaget {fileName}, og referatet er nu offentliggjort{(corrected ? " som rettet udgave" : "")}:

            {page.AbsoluteUri}
            """,
            uploader, settings, now);

    /// <param name="blobName">The name in the agendas container, where blob metadata can approve it.</param>
    /// <param name="reason">Why it is not published yet, from <see cref="ReferatIntake"/> (Danish).</param>
    public static MimeMessage Waiting(string fileName, string blobName, ReferatApprovalState approval, string reason, string uploader, MailSettings settings, DateTimeOffset now)
    {
        var what = approval.Approved
            ? "Det er godkendt og bliver offentliggjort af sig selv, når tiden kommer. Du får besked med linket."
            : $"""
              Sådan godkendes det, så det bliver offentliggjort:
              - skriv en linje "Godkendt: ja" øverst i referatet (eller "Godkendt: 15. december 2026" for at offentliggøre fra den dag), og upload det igen; eller
              - sæt metadata approved=true på filen {blobName} i containeren agendas (fx i Azure Storage Explorer).
              Det offentliggøres derefter ved næste kørsel (hver hele time), og du får besked med linket.
              """;
        return Mail(
            approval.Approved ? $"Referat gemt: {fileName}" : $"Referat gemt, venter på godkendelse: {fileName}",
            $"""
            Vi har modtaget {fileName} og gemt det. Det er ikke offentliggjort endnu:

            {reason}

            {what}
            """,
            uploader, settings, now);
    }

    private static MimeMessage Mail(string subject, string text, string uploader, MailSettings settings, DateTimeOffset now) =>
        AgendaFlow.Core.Uploads.ReceiptMail.To(uploader, subject, text, settings, now);
}
