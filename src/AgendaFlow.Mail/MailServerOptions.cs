namespace AgendaFlow.Mail;

/// <summary>Where a mail server is and how to log in; bound from an <c>AgendaFlow:Smtp</c> or <c>AgendaFlow:Imap</c> section.</summary>
public abstract class MailServerOptions
{
    public string Host { get; set; } = "localhost";

    /// <summary>0 means the usual port for <see cref="Security"/> and the protocol.</summary>
    public int Port { get; set; }

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>No user name means no authentication, as relays inside a network often want.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public MailAuthMethod AuthMethod { get; set; } = MailAuthMethod.Password;

    /// <summary>
    /// Where OAuth2 tokens come from when <see cref="AuthMethod"/> is <see cref="MailAuthMethod.OAuth2"/>: fetched and
    /// renewed by the app (e.g. from Entra ID), because tokens expire long before a function app restarts. Not bound
    /// from configuration: no token is ever a setting.
    /// </summary>
    public AccessTokenSource? AccessTokens { get; set; }

    /// <summary>
    /// The SHA-1 thumbprint (hex) of a certificate to accept besides publicly trusted ones: a relay inside the network
    /// with a certificate of its own. Pinning one certificate, never turning checks off.
    /// </summary>
    public string? ServerCertificateThumbprint { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    internal int EffectivePort => Port > 0 ? Port : DefaultPort(Security);

    private protected abstract int DefaultPort(MailSecurity security);
}
