using AgendaFlow.Core.Invitations;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Mail;
using AgendaFlow.Storage;
using MimeKit;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// Sends claimed outbox mails over one SMTP connection and records each one's fate as the server answers, so a crash
/// or a server that goes away mid-batch loses nothing and repeats nothing. A 4xx answer is the relay throttling: the
/// mail goes back without counting as a try, every instance holds off a moment, and the rest of the connection's
/// mails go back untried. Other transient failures are retried with backoff; a mail that fails for good, or is
/// throttled for longer than <see cref="OutboxOptions.MaxDeferral"/>, is reported to the secretariat.
/// </summary>
public sealed class OutboxConnection(
    Outbox outbox,
    SendPacing pacing,
    SmtpMailSender sender,
    SmtpOptions smtp,
    AgendaFlowOptions options,
    StorageOutage outage,
    TimeProvider clock,
    ILogger<OutboxConnection> logger)
{
    public sealed record Outcome(int Sent, bool Throttled);

    public async Task<Outcome> SendAsync(IReadOnlyList<(OutboxEntry Entry, MimeMessage Message)> batch, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<MimeMessage, OutboxEntry>(ReferenceEqualityComparer.Instance);
        foreach (var (entry, message) in batch)
        {
            entries[message] = entry;
        }

        var sent = 0;
        var throttled = false;
        var answered = new HashSet<MimeMessage>(ReferenceEqualityComparer.Instance);
        // "Sent" is written as the server accepts, grouped, and not waited for before the next message goes out (a
        // table round trip per message would otherwise add to every message's time) unless SentMarks.MaxUnwritten
        // marks are still unwritten: those are what a killed instance sends twice. All are written before the batch ends.
        var marks = new SentMarks(outbox, outage, clock, logger);
        try
        {
            await foreach (var result in sender.SendEachAsync(batch.Select(c => c.Message).ToList(), cancellationToken))
            {
                answered.Add(result.Message);
                var entry = entries[result.Message];
                switch (result.Status)
                {
                    case MailSendStatus.Sent:
                        marks.Add(entry);
                        Telemetry.MailsSent.Add(1);
                        sent++;
                        if (marks.Unwritten >= SentMarks.MaxUnwritten)
                        {
                            await marks.FlushAsync();
                        }

                        break;
                    case MailSendStatus.Deferred:
                        throttled = true;
                        await DeferAsync(entry, result.ServerResponse, cancellationToken);
                        break;
                    case MailSendStatus.TransientFailure when entry.Attempts < options.Outbox.MaxAttempts:
                        await outbox.RetryLaterAsync(entry, clock.GetUtcNow() + options.Outbox.Backoff(entry.Attempts), result.ServerResponse ?? "ukendt fejl", CancellationToken.None);
                        logger.LogWarning("Mail {Key} to {To} not sent (attempt {Attempts}), retrying later: {Error}", entry.Key, entry.To, entry.Attempts, result.ServerResponse);
                        break;
                    default:
                        await FailAsync(entry, result.ServerResponse, cancellationToken);
                        break;
                }

                if (throttled || marks.Failing)
                {
                    // The relay will answer the same to the next one, or storage cannot record what is sent: the
                    // rest goes back untried.
                    break;
                }
            }
        }
        finally
        {
            // Even when the connection fails mid-batch, what the server accepted is recorded before anything else.
            await marks.FlushAsync();
        }

        if (throttled || answered.Count < batch.Count)
        {
            var until = throttled ? HoldUntil() : clock.GetUtcNow();
            foreach (var (entry, message) in batch.Where(c => !answered.Contains(c.Message)))
            {
                await outbox.DeferAsync(entry, until, error: null, clock.GetUtcNow(), CancellationToken.None);
            }
        }

        return new Outcome(sent, throttled);
    }

    /// <summary>A throttled mail waits, not counted as a try, unless the relay has refused it for days.</summary>
    private async Task DeferAsync(OutboxEntry entry, string? answer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (entry.DeferredSince is { } since && now - since > options.Outbox.MaxDeferral)
        {
            await FailAsync(entry, answer, cancellationToken);
            return;
        }

        var until = HoldUntil();
        await pacing.HoldAsync(smtp.RelayKey, until, CancellationToken.None);
        await outbox.DeferAsync(entry, until, answer ?? "4xx", now, CancellationToken.None);
        logger.LogWarning("Mail {Key} to {To} throttled by the relay, sending again from {Until:u} (not counted as a try): {Answer}", entry.Key, entry.To, until, answer);
    }

    /// <summary>After a throttling answer everyone holds off for a sixth of the rate window (10 s at Exchange's minute).</summary>
    private DateTimeOffset HoldUntil() => clock.GetUtcNow() + smtp.Limits.Window / 6;

    private async Task FailAsync(OutboxEntry entry, string? answer, CancellationToken cancellationToken)
    {
        await outbox.MarkFailedAsync(entry, answer ?? "ukendt fejl", CancellationToken.None);
        Telemetry.MailsFailed.Add(1);
        logger.LogError("Mail {Key} to {To} failed for good: {Error}", entry.Key, entry.To, answer);
        await ReportFailureAsync(entry, answer, cancellationToken);
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
