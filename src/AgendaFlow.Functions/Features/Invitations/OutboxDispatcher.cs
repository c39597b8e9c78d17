using AgendaFlow.Core.Invitations;
using AgendaFlow.Mail;
using AgendaFlow.Storage;
using MimeKit;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// Sends what is due in the outbox over one SMTP connection, recording each message as sent the moment the server
/// accepts it, so that a crash or a server that goes away mid-batch loses nothing and repeats nothing. Transient
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

    /// <summary>Claims are independent table writes and blob reads; a few at a time hide Azure's round trips.</summary>
    private const int ClaimParallelism = 8;

    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var claimed = await ClaimDueAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                return 0;
            }

            var sent = 0;
            foreach (var connection in claimed.Chunk(Math.Max(1, options.Outbox.MessagesPerConnection)))
            {
                sent += await SendOverOneConnectionAsync(connection, cancellationToken);
            }

            logger.LogInformation("Outbox: {Sent} of {Claimed} mail(s) sent", sent, claimed.Count);
            return sent;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The due messages this sender won, oldest first (the ETag decides each claim, whatever the order).</summary>
    private async Task<List<(MimeMessage Message, OutboxEntry Entry)>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var due = await outbox.DueAsync(clock.GetUtcNow(), cancellationToken);
        var claims = new (MimeMessage Message, OutboxEntry Entry)?[due.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), new ParallelOptions { MaxDegreeOfParallelism = ClaimParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            if (await outbox.ClaimAsync(due[i], clock.GetUtcNow(), ct) is { } claim)
            {
                claims[i] = (claim.Message, claim.Entry);
            }
        });

        return claims.OfType<(MimeMessage, OutboxEntry)>().ToList();
    }

    private async Task<int> SendOverOneConnectionAsync((MimeMessage Message, OutboxEntry Entry)[] batch, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<MimeMessage, OutboxEntry>(ReferenceEqualityComparer.Instance);
        foreach (var (message, entry) in batch)
        {
            entries[message] = entry;
        }

        var sent = 0;
        // "Sent" is written the moment the server accepts, but not waited for before the next message goes out: the
        // table round trip would otherwise add to every message's time. All are awaited before the batch ends.
        var marks = new List<Task>();
        await foreach (var result in sender.SendEachAsync(batch.Select(c => c.Message).ToList(), cancellationToken))
        {
            var entry = entries[result.Message];
            switch (result.Status)
            {
                case MailSendStatus.Sent:
                    marks.Add(outbox.MarkSentAsync(entry, clock.GetUtcNow(), CancellationToken.None));
                    sent++;
                    break;
                case MailSendStatus.TransientFailure when entry.Attempts < options.Outbox.MaxAttempts:
                    await outbox.RetryLaterAsync(entry, clock.GetUtcNow() + options.Outbox.Backoff(entry.Attempts), result.ServerResponse ?? "ukendt fejl", CancellationToken.None);
                    logger.LogWarning("Mail {Key} to {To} not sent (attempt {Attempts}), retrying later: {Error}", entry.Key, entry.To, entry.Attempts, result.ServerResponse);
                    break;
                default:
                    await outbox.MarkFailedAsync(entry, result.ServerResponse ?? "ukendt fejl", CancellationToken.None);
                    logger.LogError("Mail {Key} to {To} failed for good: {Error}", entry.Key, entry.To, result.ServerResponse);
                    await ReportFailureAsync(entry, result.ServerResponse, cancellationToken);
                    break;
            }
        }

        await Task.WhenAll(marks);
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
