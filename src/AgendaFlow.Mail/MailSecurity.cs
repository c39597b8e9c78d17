namespace AgendaFlow.Mail;

/// <summary>How the connection to a mail server is protected; the values are the configuration contract.</summary>
public enum MailSecurity
{
    /// <summary>Plain text. Only for loopback test servers and relays inside a private network.</summary>
    None,

    /// <summary>Plain connect, then STARTTLS, which the server must offer.</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS 465, IMAPS 993).</summary>
    SslOnConnect,
}
