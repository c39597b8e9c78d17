using Azure.Core;
using Azure.Core.Pipeline;

namespace AgendaFlow.Storage;

/// <summary>
/// Retry settings chosen on purpose rather than inherited: a timer or blob invocation should ride out a storage
/// hiccup of a few seconds, but fail well within the function timeout so that the host's own retry takes over.
/// Storage that refuses connections fails the call after about 6 s (0.4 + 0.8 + 1.6 + 3.2 s of waiting), not minutes.
/// </summary>
internal static class StorageRetry
{
    /// <param name="observer">Sees every try's answer (e.g. to know storage answers again after an outage); optional.</param>
    public static T Apply<T>(T options, HttpPipelinePolicy? observer = null) where T : ClientOptions
    {
        if (observer is not null)
        {
            options.AddPolicy(observer, HttpPipelinePosition.PerRetry);
        }

        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(400);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }
}
