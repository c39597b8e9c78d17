using AgendaFlow.Core.Invitations;
using AgendaFlow.Functions.Hosting;
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

    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var claimed = new Dictionary<MimeMessage, OutboxEntry>(ReferenceEqualityComparer.Instance);
            foreach (var entry in await outbox.DueAsync(clock.GetUtcNow(), cancellationToken))
            {
                if (await outbox.ClaimAsync(entry, clock.GetUtcNow(), cancellationToken) is { } claim)
                {
                    claimed[claim.Message] = claim.Entry;
                }
            }

            if (claimed.Count == 0)
            {
                return 0;
            }

            var sent = 0;
            await foreach (var result in sender.SendEachAsync(claimed.Keys.ToList(), cancellationToken))
            {
                var entry = claimed[result.Message];
                switch (result.Status)
                {
                    case MailSendStatus.Sent:
                        await outbox.MarkSentAsync(entry, clock.GetUtcNow(), CancellationToken.None);
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

            logger.LogInformation("Outbox: {Sent} of {Claimed} mail(s) sent", sent, claimed.Count);
            return sent;
        }
        finally
        {
            _oneAtATime.Release();
        }
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
