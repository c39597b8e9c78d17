using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Features.Uploads;
using AgendaFlow.Mail;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Functions.Standalone;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions;

/// <summary>
/// Builds the function app. Under the Functions host (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set) it only answers the
/// host's invocations; without it, it is standalone: it watches the agendas container and runs the timers itself.
/// </summary>
public static class AgendaFlowApp
{
    public const string CustomHandlerPortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const string DefaultStandaloneUrl = "http://127.0.0.1:7071";

    /// <summary>Given before the caller's arguments, so a later <c>--hostBuilder:reloadConfigOnChange=true</c> still wins.</summary>
    private const string NoConfigReload = "--hostBuilder:reloadConfigOnChange=false";

    public static WebApplication Build(string[] args, FunctionCatalog catalog, Action<WebApplicationBuilder>? configure = null)
    {
        // No file watching for configuration: the app reads no appsettings.json, and the watcher would register every
        // folder under the working directory (a repository with node_modules, say) before the first answer.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [NoConfigReload, .. args] });
        var customHandlerPort = builder.Configuration[CustomHandlerPortSetting];
        var standalone = string.IsNullOrEmpty(customHandlerPort);
        if (!standalone)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{customHandlerPort}");
        }
        else if (string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultStandaloneUrl);
        }

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.IncludeScopes = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddProvider(new InvocationLogCaptureProvider());
        Telemetry.AddTo(builder);

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(catalog);
        services.AddSingleton<FunctionInvoker>();
        services.AddSingleton(sp => StorageClients.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<StorageReady>();
        services.AddSingleton<AgendaStore>();
        services.AddSingleton<UploadLedger>();
        services.AddSingleton<AgendaWatchLedger>();
        services.AddSingleton<AgendaScan>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<Outbox>();
        services.AddSingleton(sp => AgendaFlowOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddAgendaFlowMail();
        services.AddSingleton<InvitationSender>();
        services.AddSingleton<AttendanceStore>();
        services.AddSingleton<MailboxCursorStore>();
        services.AddSingleton<SummaryLedger>();
        services.AddSingleton<WaitingReplyStore>();
        services.AddSingleton<Features.Summaries.AttendanceReader>();
        services.AddSingleton<Features.Summaries.SecretariatDesk>();
        services.AddSingleton<Features.Rsvp.StandInFollowUp>();
        services.AddSingleton(sp => new ReferatStore(sp.GetRequiredService<StorageClients>(), sp.GetRequiredService<AgendaFlowOptions>().PublishingContainer));
        services.AddSingleton<Features.Summaries.SummarySender>();
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var summaries = configuration.GetSection("AgendaFlow:Summaries").Get<Features.Summaries.SummaryOptions>() ?? new();
            summaries.ReminderDaysBefore = configuration["AgendaFlow:Reminders:DaysBefore"] ?? summaries.ReminderDaysBefore;
            return summaries;
        });
        services.AddSingleton<Features.Replies.ReplyHandler>();
        foreach (var function in catalog.All)
        {
            services.AddScoped(function.Handler);
        }

        if (standalone)
        {
            services.Configure<StandaloneOptions>(builder.Configuration.GetSection(StandaloneOptions.Section));
            services.AddHostedService<AgendaWatcher>();
            services.AddHostedService<TimerRunner>();
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapGet("/", () => Results.Text(
            $"AgendaFlow kører ({(standalone ? "standalone" : "custom handler")}). Funktioner: " +
            string.Join(", ", catalog.All.Select(f => f.Name)) + "\n",
            "text/plain; charset=utf-8"));
        app.MapFunctions(catalog);
        return app;
    }
}
