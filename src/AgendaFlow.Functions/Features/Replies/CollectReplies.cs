using AgendaFlow.Functions.Hosting;
using AgendaFlow.Mail;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Replies;

/// <summary>
/// Timer: reads what arrived in the agenda mailbox since the last run and handles each mail once. A mail is moved
/// to AgendaFlow/Behandlet or AgendaFlow/Til manuel behandling only after its result is stored, and the cursor
/// moves after that; a crash in between repeats a step that changes nothing the second time. Nothing is deleted.
/// </summary>
public sealed class CollectReplies(
    ImapOptions imap,
    MailboxCursorStore cursors,
    ReplyHandler replies,
    Invitations.OutboxDispatcher dispatcher,
    ILogger<CollectReplies> logger) : ITimerFunction
{
    public static readonly string[] HandledFolder = ["AgendaFlow", "Behandlet"];
    public static readonly string[] ManualFolder = ["AgendaFlow", "Til manuel behandling"];

    /// <summary>One run takes at most this many; the next run takes the rest.</summary>
    public const int BatchSize = 500;

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        await using var mailbox = new ImapMailbox(imap);
        await mailbox.OpenAsync(cancellationToken);
        var cursor = await cursors.GetAsync(imap.Folder, cancellationToken);
        var batch = await mailbox.FetchNewAsync(cursor, BatchSize, cancellationToken);
        if (batch.UidValidityChanged)
        {
            logger.LogWarning("The agenda mailbox's UIDVALIDITY changed; reading it from the start (handled mails are recognised by Message-Id)");
        }

        int handled = 0, manual = 0;
        foreach (var mail in batch.Messages)
        {
            var outcome = await replies.HandleAsync(mail.Message, cancellationToken);
            Telemetry.RepliesHandled.Add(1, new KeyValuePair<string, object?>("outcome", outcome == ReplyOutcome.Handled ? "understood" : "manual"));
            await mailbox.MoveAsync(mail.Uid, outcome == ReplyOutcome.Handled ? HandledFolder : ManualFolder, cancellationToken);
            await cursors.SaveAsync(imap.Folder, new Mail.MailboxCursor(batch.UidValidity, mail.Uid), cancellationToken);
            _ = outcome == ReplyOutcome.Handled ? handled++ : manual++;
        }

        if (batch.Messages.Count == 0)
        {
            await cursors.SaveAsync(imap.Folder, batch.Cursor(cursor), cancellationToken);
        }

        logger.LogInformation("CollectReplies: {Handled} handled, {Manual} for manual handling", handled, manual);

        // Confirmations and stand-ins' invitations go now rather than at the next SendOutbox run.
        await dispatcher.TrySendNowAsync(cancellationToken);
    }
}
