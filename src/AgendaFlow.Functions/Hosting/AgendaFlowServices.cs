using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Features.Uploads;
using AgendaFlow.Mail;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Hosting;

/// <summary>The app's services, the same under the Functions host and standalone.</summary>
public static class AgendaFlowServices
{
    public static IServiceCollection AddAgendaFlow(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(FunctionCatalog.App);
        services.AddSingleton<FunctionInvoker>();
        services.AddSingleton(sp => WrongKeyOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<WrongKeyThrottle>();
        services.AddScoped<RunReport>();
        services.AddSingleton<StorageOutage>();
        services.AddSingleton(sp => StorageClients.FromConfiguration(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<StorageOutage>().AnswerWatch));
        services.AddSingleton<StorageReady>();
        services.AddSingleton<AgendaStore>();
        services.AddSingleton<UploadLedger>();
        services.AddSingleton<AgendaWatchLedger>();
        services.AddSingleton<AgendaScan>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<ChairCheckStore>();
        services.AddSingleton(sp => new Outbox(sp.GetRequiredService<StorageClients>(), sp.GetRequiredService<AgendaFlowOptions>().Outbox.Lease));
        services.AddSingleton<TimerOccurrenceStore>();
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
        foreach (var function in FunctionCatalog.App.All)
        {
            services.AddScoped(function.Handler);
        }

        return services;
    }
}
