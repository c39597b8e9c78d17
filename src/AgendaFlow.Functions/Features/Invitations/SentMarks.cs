using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// Records "sent" as the relay accepts each message, without a table round trip per message: marks that arrive
/// while one write is under way go together in the next (group commit), so 500 invitations take a few dozen writes,
/// not 500. A killed instance loses the marks not yet written, and those mails go again once the lease runs out;
/// <see cref="MaxUnwritten"/> bounds them.
/// When storage does not answer, the marks are held here and written again every few seconds until it does (up to
/// half the claim's lease, so no other sender takes those mails meanwhile), and
/// <see cref="Failing"/> tells the sender to stop: a mail whose mark cannot be written is a mail sent twice later.
/// </summary>
public sealed class SentMarks(Outbox outbox, StorageOutage outage, TimeProvider clock, ILogger logger)
{
    /// <summary>How long marks are held while storage is away; then the write fails and the lease decides.</summary>
    private readonly TimeSpan _holdFor = outbox.Lease / 2;

    private readonly Lock _gate = new();
    private readonly List<OutboxEntry> _waiting = [];
    private readonly List<Task> _writes = [];
    private bool _writing;
    private int _inFlight;
    private volatile bool _failing;

    /// <summary>
    /// The most accepted mails without a written mark the sender lets build up; at this many it waits for the write
    /// before sending more. A kill sends these again, and the one whose acceptance was on its way back, so one kill
    /// makes at most <c>MaxUnwritten + 1</c> duplicates. The sender waits only when a mark write (two table
    /// transactions) takes longer than ten mails take to send.
    /// </summary>
    public const int MaxUnwritten = 10;

    /// <summary>Marks added and not yet written: those waiting and those of the write under way.</summary>
    public int Unwritten
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count + _inFlight;
            }
        }
    }

    /// <summary>True while a mark write has failed and not yet succeeded: send nothing more until it has.</summary>
    public bool Failing => _failing;

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

    /// <summary>Writes the marks; while storage fails, holds them and tries again, one log line when it starts and one when it ends.</summary>
    private async Task WriteHoldingAsync(OutboxEntry[] marks)
    {
        var giveUpAt = clock.GetUtcNow() + _holdFor;
        var pause = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await outbox.MarkSentAsync(marks, clock.GetUtcNow(), CancellationToken.None);
                if (_failing)
                {
                    _failing = false;
                    logger.LogInformation("{Count} held 'sent' mark(s) written", marks.Length);
                }

                return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or IOException or TimeoutException or AggregateException
                && clock.GetUtcNow() + pause < giveUpAt)
            {
                if (!_failing)
                {
                    _failing = true;
                    // Unreachable storage is said once for the whole app; storage answering with an error is said here.
                    if (!outage.Stopped(ex, $"sending (its {marks.Length} 'sent' mark(s) are held and written when storage answers)"))
                    {
                        logger.LogWarning("Storage refuses the 'sent' marks ({Error}): sending stops, {Count} mark(s) held and written again until it takes them",
                            FailureReason.Of(ex), marks.Length);
                    }
                }

                await Task.Delay(pause, clock);
                pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 10));
            }
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
                    _inFlight = 0;
                    return;
                }

                next = [.. _waiting];
                _waiting.Clear();
                _inFlight = next.Length;
            }

            try
            {
                await WriteHoldingAsync(next);
            }
            catch
            {
                lock (_gate)
                {
                    _writing = false;
                    _inFlight = 0;
                }

                throw;
            }
        }
    }
}
