namespace AgendaFlow.Mail;

/// <summary>Outgoing mail: the <c>AgendaFlow:Smtp</c> section (<c>AgendaFlow__Smtp__Host</c> etc.).</summary>
public sealed class SmtpOptions : MailServerOptions
{
    public const string SectionName = "AgendaFlow:Smtp";

    private protected override int DefaultPort(MailSecurity security) =>
        security == MailSecurity.SslOnConnect ? 465 : 587;
}
