using AgendaFlow.Functions.Hosting;
using AgendaFlow.Functions.Standalone;
using Microsoft.AspNetCore.RateLimiting;

namespace AgendaFlow.Functions;

/// <summary>
/// Standalone mode: the function app without the Functions host, hosted by ASP.NET Core. The same function classes
/// and services as under the host; the app watches the agendas container, runs the timers in Copenhagen time,
/// serves the HTTP functions at <c>/api/{route}</c> and runs any function on <c>POST /admin/functions/{Name}</c>.
/// </summary>
public static class AgendaFlowApp
{
    public const string DefaultStandaloneUrl = "http://127.0.0.1:7071";

    /// <summary>Given before the caller's arguments, so a later <c>--hostBuilder:reloadConfigOnChange=true</c> still wins.</summary>
    private const string NoConfigReload = "--hostBuilder:reloadConfigOnChange=false";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // No file watching for configuration: the app reads no appsettings.json, and the watcher would register every
        // folder under the working directory (a repository with node_modules, say) before the first answer.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [NoConfigReload, .. args] });
        if (string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultStandaloneUrl);
        }

        StandaloneLogging.AddTo(builder);
        Telemetry.AddTo(builder);
        SecretRedaction.AddTo(builder);

        builder.Services.AddAgendaFlow();
        builder.Services.Configure<StandaloneOptions>(builder.Configuration.GetSection(StandaloneOptions.Section));
        builder.Services.AddHostedService<AgendaWatcher>();
        builder.Services.AddHostedService<TimerRunner>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<WrongKeyThrottle>((limiter, throttle) =>
        {
            limiter.GlobalLimiter = throttle;
            limiter.OnRejected = (rejected, cancellationToken) =>
                new ValueTask(WrongKeyThrottle.Refusal(rejected.Lease, throttle.Options).WriteToAsync(rejected.HttpContext.Response, cancellationToken));
        });

        configure?.Invoke(builder);
        var app = builder.Build();
        app.Use(SecretRedaction.LogRequestsAsync);
        app.UseRateLimiter();
        var catalog = FunctionCatalog.App;
        app.MapGet("/", () => Results.Text(
            "AgendaFlow kører (standalone). Funktioner: " + string.Join(", ", catalog.All.Select(f => f.Name)) + "\n",
            "text/plain; charset=utf-8"));
        app.MapFunctions(catalog);
        StandaloneLogging.SayReadyOnceListening(app);
        return app;
    }
}
