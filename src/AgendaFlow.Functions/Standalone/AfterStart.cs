namespace AgendaFlow.Functions.Standalone;

/// <summary>
/// Standalone mode's background work begins once Kestrel listens: hosted services start before the server, and
/// what they do first (storage clients, the first scan, the timer schedules) would otherwise delay the first answer.
/// </summary>
internal static class AfterStart
{
    /// <summary>Completes when the host has started (at once if it already has); false if stopping came first.</summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return !stoppingToken.IsCancellationRequested;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }
}
