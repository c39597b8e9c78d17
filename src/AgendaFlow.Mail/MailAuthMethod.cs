namespace AgendaFlow.Mail;

/// <summary>How AgendaFlow proves who it is to a mail server, when a user name is configured.</summary>
public enum MailAuthMethod
{
    /// <summary>User name and password (SASL PLAIN/LOGIN or whatever the server offers).</summary>
    Password,

    /// <summary>SASL XOAUTH2 with an access token, as Exchange Online and Gmail require.</summary>
    OAuth2,
}
