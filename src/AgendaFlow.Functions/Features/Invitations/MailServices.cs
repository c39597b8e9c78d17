using AgendaFlow.Mail;
using AgendaFlow.Storage;
using Azure.Core;

namespace AgendaFlow.Functions.Features.Invitations;

/// <summary>
/// The mail services from the <c>AgendaFlow:Smtp</c>, <c>AgendaFlow:Imap</c> and <c>AgendaFlow:OAuth2</c> settings.
/// When a server's <c>AuthMethod</c> is <c>OAuth2</c>, both servers share one <see cref="AccessTokenSource"/> over
/// the <see cref="TokenCredential"/> registered here (from <see cref="MailCredential"/>); registering another
/// <see cref="TokenCredential"/> afterwards replaces it.
/// </summary>
public static class MailServices
{
    public static IServiceCollection AddAgendaFlowMail(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(MailOAuthOptions.SectionName).Get<MailOAuthOptions>() ?? new MailOAuthOptions());
        services.AddSingleton(sp => MailCredential.Create(sp.GetRequiredService<MailOAuthOptions>()));
        services.AddSingleton(sp =>
        {
            var oauth = sp.GetRequiredService<MailOAuthOptions>();
            return new AccessTokenSource(sp.GetRequiredService<TokenCredential>(), oauth.Scope, oauth.TenantId, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => Bind(sp, sp.GetRequiredService<IConfiguration>().GetSection(SmtpOptions.SectionName).Get<SmtpOptions>() ?? new SmtpOptions()));
        services.AddSingleton(sp => Bind(sp, sp.GetRequiredService<IConfiguration>().GetSection(ImapOptions.SectionName).Get<ImapOptions>() ?? new ImapOptions()));
        services.AddSingleton(sp => new SmtpMailSender(sp.GetRequiredService<SmtpOptions>()));
        services.AddSingleton<SendPacing>();
        services.AddSingleton<OutboxConnection>();
        services.AddSingleton<OutboxDispatcher>();
        return services;
    }

    /// <summary>With OAuth2 the mailbox is the user name unless the server's own settings name one, and tokens come from the shared source.</summary>
    private static T Bind<T>(IServiceProvider services, T options)
        where T : MailServerOptions
    {
        if (options.AuthMethod == MailAuthMethod.OAuth2)
        {
            if (string.IsNullOrWhiteSpace(options.UserName))
            {
                options.UserName = services.GetRequiredService<MailOAuthOptions>().Mailbox;
            }

            options.AccessTokens = services.GetRequiredService<AccessTokenSource>();
        }

        return options;
    }
}
