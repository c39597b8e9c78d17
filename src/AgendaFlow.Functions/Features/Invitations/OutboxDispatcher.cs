using AgendaFlow.Core.Sending;
using AgendaFlow.Mail;
using AgendaFlow.Storage;
using MimeKit;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// Sends what is due in the outbox within the relay's limits (<see cref="SmtpOptions.MessagesPerMinute"/>,
/// <see cref="SmtpOptions.RecipientsPerDay"/>), meeting notices first. The limits are counted in a table all instances
/// share (<see cref="SendPacing"/>), so several instances together stay within them. Each connection's mails are
/// recorded as sent as the server accepts them (<see cref="OutboxConnection"/>).
/// </summary>
public sealed class OutboxDispatcher(
    Outbox outbox,
    SendPacing pacing,
    OutboxConnection connection,
    SmtpOptions smtp,
    AgendaFlowOptions options,
    Hosting.StorageOutage outage,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly AbandonedClaims _abandoned = new(outbox, logger);

    private int PerConnection => Math.Max(1, options.Outbox.MessagesPerConnection);

    /// <summary>
    /// Sends what may go right now, for a caller that has just put mail in the outbox; waits for nothing (neither the
    /// limits nor a SendOutbox run under way, which picks the mail up itself). A failure here is no failure of the
    /// caller's work: the mail is safe in the outbox, and the SendOutbox timer sends it when the cause is gone.
    /// </summary>
    public async Task TrySendNowAsync(CancellationToken cancellationToken)
    {
        if (!await _oneAtATime.WaitAsync(0, cancellationToken))
        {
            return;
        }

        try
        {
            await RunAsync(TimeSpan.Zero, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SayFailed(ex);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Puts new mail for one partition (a meeting) in the outbox and sends what the limits let go now in the same go:
    /// stored already claimed and sent from the bytes in hand. The rest is stored to go when the limits allow (the
    /// SendOutbox timer sends it). Storing failing fails the call before anything is sent; sending failing is only
    /// logged, and what was not sent goes out when its claim runs out (<see cref="OutboxOptions.Lease"/>).
    /// Returns how many were added.
    /// </summary>
    public async Task<int> EnqueueAndSendAsync(
        string partition, IReadOnlyList<(string Key, MimeMessage Message)> messages, CancellationToken cancellationToken)
    {
        if (smtp.Limits.IsLimited)
        {
            // Counted against the limits only right before each connection goes out: a grant taken before storing
            // a large meeting (seconds) would be spent later than it was counted, and two bursts could meet.
            var added = await outbox.EnqueueManyAsync(partition, messages, clock.GetUtcNow(), cancellationToken);
            await TrySendNowAsync(cancellationToken);
            return added;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var grant = await ReserveAsync(messages.Select(m => Math.Max(1, m.Message.To.Mailboxes.Count())).ToList(), now, cancellationToken);
        var stored = await StoreClaimedAsync(partition, messages.Take(grant.Granted).ToList(), now, cancellationToken);
        var later = grant.Granted < messages.Count
            ? await outbox.EnqueueManyAsync(partition, messages.Skip(grant.Granted).ToList(), now, cancellationToken, grant.NextAt)
            : 0;
        var storedAfter = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var sent = 0;
        try
        {
            foreach (var batch in stored.Chunk(PerConnection))
            {
                var outcome = await connection.SendAsync(batch, cancellationToken);
                sent += outcome.Sent;
                if (outcome.Throttled)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SayFailed(ex);
        }

        if (stored.Count + later > 0)
        {
            // Where a large meeting's time goes, for whoever tunes it: storing, the relay, or its limits.
            logger.LogInformation("Outbox: {Sent} of {Added} new mail(s) for {Partition} sent; {Later} wait for the relay's limits (from {NextAt:u}); stored after {StoredMs} ms, sent after {SentMs} ms",
                sent, stored.Count + later, partition, later, grant.NextAt, (int)storedAfter.TotalMilliseconds, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return stored.Count + later;
    }

    /// <summary>
    /// Stores the messages claimed for sending now, with any of the partition's mail that an earlier run here stored
    /// claimed and never sent (<see cref="AbandonedClaims"/>). If storing fails, what it wrote is remembered as such.
    /// </summary>
    private async Task<IReadOnlyList<(OutboxEntry Entry, MimeMessage Message)>> StoreClaimedAsync(
        string partition, IReadOnlyList<(string Key, MimeMessage Message)> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<(OutboxEntry Entry, MimeMessage Message)> takenBack = [];
        try
        {
            takenBack = await _abandoned.TakeBackAsync(partition, now, cancellationToken);
            return [.. takenBack, .. await outbox.EnqueueForSendingAsync(partition, messages, now, cancellationToken)];
        }
        catch
        {
            _abandoned.Remember(partition, messages.Select(m => m.Key).Concat(takenBack.Select(t => t.Entry.Key)));
            throw;
        }
    }

    /// <summary>
    /// The SendOutbox run: sends what is due, waiting for the limits as long as <see cref="OutboxOptions.MaxRunTime"/>
    /// allows. Returns how many mails were sent, and how many were tried (the rest wait for a retry).
    /// </summary>
    public async Task<(int Sent, int Tried)> DispatchAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(options.Outbox.MaxRunTime, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// When the last meeting notice waiting in the outbox will have gone at the relay's limits, if nothing else comes
    /// first: what the chair's receipt says. Null without limits, or when all is out within one rate window.
    /// </summary>
    public async Task<DateTimeOffset?> EstimateLastAsync(CancellationToken cancellationToken)
    {
        var limits = smtp.Limits;
        if (!limits.IsLimited)
        {
            return null;
        }

        var waiting = (await outbox.PendingAsync(cancellationToken)).Where(e => e.Priority == MailPriority.MeetingNotice).OrderBy(e => e.NextAttemptAt).ToList();
        if (waiting.Count == 0)
        {
            return null;
        }

        var ledger = await pacing.ReadAsync(smtp.RelayKey, cancellationToken);
        var now = clock.GetUtcNow();
        var last = ledger.EstimateLast(limits, waiting.Select(e => e.RecipientCount).ToList(), now);

        // Mail that is all out within one rate window is no news for the chair.
        return last - now > limits.Window ? last : null;
    }

    private async Task<(int Sent, int Tried)> RunAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + maxWait;
        int sent = 0, claimedCount = 0, idle = 0;
        while (idle < 3)
        {
            var now = clock.GetUtcNow();
            var due = (await outbox.DueAsync(now, cancellationToken)).Take(PerConnection).ToList();
            if (due.Count == 0)
            {
                break;
            }

            var grant = await ReserveAsync(due.Select(e => e.RecipientCount).ToList(), now, cancellationToken);
            if (grant.Granted == 0)
            {
                if (grant.NextAt is not { } at || at > deadline)
                {
                    break;
                }

                logger.LogDebug("Outbox: the relay's limits let the next mail go at {At:u}", at);
                await Task.Delay(at - now, clock, cancellationToken);
                continue;
            }

            var claimed = await outbox.ClaimManyAsync(due.Take(grant.Granted).ToList(), now, cancellationToken);
            claimedCount += claimed.Count;
            idle = claimed.Count == 0 ? idle + 1 : 0;
            if (claimed.Count > 0)
            {
                sent += (await connection.SendAsync(claimed, cancellationToken)).Sent;
            }
        }

        if (claimedCount > 0)
        {
            // SendOutbox's own line says it; sending right after other work is that work's detail.
            logger.LogDebug("Outbox: {Sent} of {Claimed} mail(s) sent", sent, claimedCount);
        }

        return (sent, claimedCount);
    }

    private void SayFailed(Exception ex)
    {
        if (!outage.Stopped(ex, "sending right away"))
        {
            logger.LogWarning("Sending right away failed; the outbox will retry: {Reason}", Hosting.FailureReason.Of(ex));
        }
    }

    private async Task<SendGrant> ReserveAsync(IReadOnlyList<int> recipients, DateTimeOffset now, CancellationToken cancellationToken) =>
        smtp.Limits.IsLimited
            ? await pacing.ReserveAsync(smtp.RelayKey, smtp.Limits, recipients, now, cancellationToken)
            : new SendGrant(recipients.Count, null, SendLedger.Empty);
}
