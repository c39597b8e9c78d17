using AgendaFlow.Core.Invitations;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Mail;
using AgendaFlow.Storage;
using MimeKit;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// Sends what is due in the outbox, a new SMTP connection every MessagesPerConnection messages, recording each
/// message as sent as the server accepts it, so that a crash or a server that goes away mid-batch loses nothing and repeats nothing. Transient
/// failures are retried with backoff; a message that fails for good is reported to the secretariat with the
/// server's answer.
/// </summary>
public sealed class OutboxDispatcher(
    Outbox outbox,
    SmtpMailSender sender,
    AgendaFlowOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>
    /// Sends what is due now, for a caller that has just put mail in the outbox. A failure here is no failure of
    /// the caller's work: the mail is safe in the outbox, and the SendOutbox timer sends it when the cause is gone.
    /// </summary>
    public async Task TrySendNowAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DispatchAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sending right away failed; the outbox will retry");
        }
    }

    /// <summary>
    /// Puts new mail for one partition (a meeting) in the outbox and sends it in the same go: stored already claimed,
    /// and sent from the stored bytes in hand, so neither a claim nor a download stands between storing and sending.
    /// Mail already in the outbox under the same key is left to <see cref="DispatchAsync"/>. Storing failing fails
    /// the call before anything is sent; sending failing is only logged, as in <see cref="TrySendNowAsync"/>, and
    /// what was not sent goes out when its claim runs out (<see cref="Outbox.Lease"/>). Returns how many were added.
    /// </summary>
    /// <remarks>
    /// Sending the first chunk while the next was still being rendered and stored was tried: on two cores shared
    /// with the relay and the storage emulator it was slower than one step after the other (see README, Performance).
    /// </remarks>
    public async Task<int> EnqueueAndSendAsync(
        string partition, IReadOnlyList<(string Key, MimeMessage Message)> messages, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var stored = await outbox.EnqueueForSendingAsync(partition, messages, clock.GetUtcNow(), cancellationToken);
        var storedAfter = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var sent = 0;
        try
        {
            foreach (var connection in stored.Chunk(Math.Max(1, options.Outbox.MessagesPerConnection)))
            {
                sent += await SendOverOneConnectionAsync(connection, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sending right away failed; the outbox will retry");
        }

        if (stored.Count > 0)
        {
            // Where a large meeting's time goes, for whoever tunes it: storing, or the relay.
            logger.LogInformation("Outbox: {Sent} of {Added} new mail(s) for {Partition} sent; stored after {StoredMs} ms, sent after {SentMs} ms",
                sent, stored.Count, partition, (int)storedAfter.TotalMilliseconds, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return stored.Count;
    }

    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            // One connection's worth is claimed while the one before it is being sent, so the claims' table and
            // blob round trips overlap the SMTP dialogue instead of adding to it.
            var due = await outbox.DueAsync(clock.GetUtcNow(), cancellationToken);
            var connections = due.Chunk(Math.Max(1, options.Outbox.MessagesPerConnection)).ToList();
            int sent = 0, claimedCount = 0;
            var next = connections.Count > 0 ? ClaimAsync(connections[0], cancellationToken) : null;
            for (var i = 0; next is not null; i++)
            {
                var claimed = await next;
                next = i + 1 < connections.Count ? ClaimAsync(connections[i + 1], cancellationToken) : null;
                claimedCount += claimed.Count;
                if (claimed.Count > 0)
                {
                    sent += await SendOverOneConnectionAsync(claimed, cancellationToken);
                }
            }

            if (claimedCount == 0)
            {
                return 0;
            }

            logger.LogInformation("Outbox: {Sent} of {Claimed} mail(s) sent", sent, claimedCount);
            return sent;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Of these due messages, the ones this sender won, in their order (the ETag decides each claim).</summary>
    private Task<IReadOnlyList<(OutboxEntry Entry, MimeMessage Message)>> ClaimAsync(OutboxEntry[] due, CancellationToken cancellationToken) =>
        outbox.ClaimManyAsync(due, clock.GetUtcNow(), cancellationToken);

    private async Task<int> SendOverOneConnectionAsync(IReadOnlyList<(OutboxEntry Entry, MimeMessage Message)> batch, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<MimeMessage, OutboxEntry>(ReferenceEqualityComparer.Instance);
        foreach (var (entry, message) in batch)
        {
            entries[message] = entry;
        }

        var sent = 0;
        // "Sent" is written as the server accepts, grouped, and not waited for before the next message goes out: a
        // table round trip per message would otherwise add to every message's time. All are written before the batch ends.
        var marks = new SentMarks(outbox, clock);
        try
        {
            await foreach (var result in sender.SendEachAsync(batch.Select(c => c.Message).ToList(), cancellationToken))
            {
                var entry = entries[result.Message];
                switch (result.Status)
                {
                    case MailSendStatus.Sent:
                        marks.Add(entry);
                        Telemetry.MailsSent.Add(1);
                        sent++;
                        break;
                    case MailSendStatus.TransientFailure when entry.Attempts < options.Outbox.MaxAttempts:
                        await outbox.RetryLaterAsync(entry, clock.GetUtcNow() + options.Outbox.Backoff(entry.Attempts), result.ServerResponse ?? "ukendt fejl", CancellationToken.None);
                        logger.LogWarning("Mail {Key} to {To} not sent (attempt {Attempts}), retrying later: {Error}", entry.Key, entry.To, entry.Attempts, result.ServerResponse);
                        break;
                    default:
                        await outbox.MarkFailedAsync(entry, result.ServerResponse ?? "ukendt fejl", CancellationToken.None);
                        Telemetry.MailsFailed.Add(1);
                        logger.LogError("Mail {Key} to {To} failed for good: {Error}", entry.Key, entry.To, result.ServerResponse);
                        await ReportFailureAsync(entry, result.ServerResponse, cancellationToken);
                        break;
                }
            }
        }
        finally
        {
            // Even when the connection fails mid-batch, what the server accepted is recorded before anything else.
            await marks.FlushAsync();
        }

        return sent;
    }

    private async Task ReportFailureAsync(OutboxEntry entry, string? serverAnswer, CancellationToken cancellationToken)
    {
        if (entry.Key.StartsWith(FailureReport.KeyPrefix, StringComparison.Ordinal) || options.SecretariatAddress is null)
        {
            return;
        }

        var report = FailureReport.Render(entry.To, entry.Subject, serverAnswer, options.Mail, options.SecretariatAddress, clock.GetUtcNow());
        await outbox.EnqueueAsync(entry.Partition, FailureReport.KeyPrefix + entry.Key, report, clock.GetUtcNow(), cancellationToken);
    }
}
