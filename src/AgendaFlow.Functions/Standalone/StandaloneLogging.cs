namespace AgendaFlow.Functions.Standalone;

/// <summary>
/// Standalone mode's console log, for the person running it: one line per event with its time, no scopes, none of
/// ASP.NET Core's per-request lines (the function runs say what happened), and one ready line once Kestrel listens.
/// <c>Logging__LogLevel__...</c> settings still turn any category up or down.
/// </summary>
internal static class StandaloneLogging
{
    public const string ReadyLine = "AgendaFlow is ready";

    public static void AddTo(WebApplicationBuilder builder)
    {
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.IncludeScopes = false;
            o.TimestampFormat = "HH:mm:ss ";
        });

        // Defaults below the configuration's own Logging section, which is read after them and so wins.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
                ["Logging:LogLevel:Azure"] = "Warning",
            },
        });
    }

    /// <summary>Logged when the app has started, which is after Kestrel listens: whoever waits for it can send requests.</summary>
    public static void SayReadyOnceListening(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation(ReadyLine + " (standalone mode) on {Urls}", string.Join(", ", app.Urls)));
}
