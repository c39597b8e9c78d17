using Azure.Core;

namespace AgendaFlow.Storage;

/// <summary>
/// Retry settings chosen on purpose rather than inherited: a timer or blob invocation should ride out a storage
/// hiccup of a few seconds, but fail well within the function timeout so that the host's own retry takes over.
/// </summary>
internal static class StorageRetry
{
    public static T Apply<T>(T options) where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(400);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }
}
