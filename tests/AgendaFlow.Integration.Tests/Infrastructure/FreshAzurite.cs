namespace AgendaFlow.Integration.Tests.Infrastructure;

/// <summary>An Azurite of one test's own, for a test about a whole store (its layout, or its absence).</summary>
public sealed class FreshAzurite : IAsyncDisposable
{
    private FreshAzurite(Azurite instance) => Instance = instance;

    public Azurite Instance { get; }

    public static async Task<FreshAzurite> StartAsync()
    {
        var instance = new Azurite();
        await instance.InitializeAsync();
        return new FreshAzurite(instance);
    }

    public async ValueTask DisposeAsync() => await Instance.DisposeAsync();
}
