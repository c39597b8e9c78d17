using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// Records "sent" as the relay accepts each message, without a table round trip per message: marks that arrive
/// while one write is under way go together in the next (group commit). A crash can still lose only the marks of
/// the write in flight, as with one write per message, but 500 invitations take a few dozen writes, not 500.
/// </summary>
internal sealed class SentMarks(Outbox outbox, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<OutboxEntry> _waiting = [];
    private readonly List<Task> _writes = [];
    private bool _writing;

    public void Add(OutboxEntry entry)
    {
        lock (_gate)
        {
            _waiting.Add(entry);
            if (!_writing)
            {
                _writing = true;
                _writes.Add(Task.Run(WriteWaitingAsync));
            }
        }
    }

    /// <summary>Waits until every mark added so far is written; throws if a write failed.</summary>
    public Task FlushAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll(_writes.ToArray());
        }
    }

    private async Task WriteWaitingAsync()
    {
        while (true)
        {
            OutboxEntry[] next;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _writing = false;
                    return;
                }

                next = [.. _waiting];
                _waiting.Clear();
            }

            try
            {
                await outbox.MarkSentAsync(next, clock.GetUtcNow(), CancellationToken.None);
            }
            catch
            {
                lock (_gate)
                {
                    _writing = false;
                }

                throw;
            }
        }
    }
}
