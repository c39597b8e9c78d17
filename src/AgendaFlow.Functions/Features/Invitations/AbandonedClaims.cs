using AgendaFlow.Storage;
using MimeKit;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// Mail stored already claimed for sending (<see cref="Outbox.EnqueueForSendingAsync"/>) by a run that failed before
/// it sent them: when storage goes away between the outbox's transactions, the rows written so far are claimed for a
/// whole <see cref="Outbox.Lease"/>, and no sender would touch them for ten minutes. This process knows no-one is
/// sending them, so the next run for the same partition here takes them back at once. A process that dies forgets
/// them, and the lease decides, as designed.
/// </summary>
internal sealed class AbandonedClaims(Outbox outbox, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _keys = new(StringComparer.Ordinal);

    /// <summary>Notes that storing these keys, claimed, failed: any of them may be in the outbox, claimed by nobody alive.</summary>
    public void Remember(string partition, IEnumerable<string> keys)
    {
        lock (_gate)
        {
            if (!_keys.TryGetValue(partition, out var known))
            {
                _keys[partition] = known = new HashSet<string>(StringComparer.Ordinal);
            }

            known.UnionWith(keys);
        }
    }

    /// <summary>Claims again, for the caller to send, the partition's rows that a failed run left claimed; empty when there are none.</summary>
    public async Task<IReadOnlyList<(OutboxEntry Entry, MimeMessage Message)>> TakeBackAsync(string partition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        HashSet<string> keys;
        lock (_gate)
        {
            if (!_keys.TryGetValue(partition, out var known))
            {
                return [];
            }

            keys = [.. known];
        }

        var left = (await outbox.ListAsync(partition, cancellationToken))
            .Where(e => e.State == OutboxState.Sending && keys.Contains(e.Key))
            .ToList();
        // The row's ETag decides: a row someone else changed meanwhile is not taken.
        var claimed = left.Count == 0 ? [] : await outbox.ClaimManyAsync(left, now, cancellationToken);
        lock (_gate)
        {
            if (_keys.TryGetValue(partition, out var known))
            {
                known.ExceptWith(keys);
                if (known.Count == 0)
                {
                    _keys.Remove(partition);
                }
            }
        }

        if (claimed.Count > 0)
        {
            logger.LogInformation("Outbox: {Count} mail(s) for {Partition} that a stopped run had stored are sent now, not when their claim runs out", claimed.Count, partition);
        }

        return claimed;
    }
}
