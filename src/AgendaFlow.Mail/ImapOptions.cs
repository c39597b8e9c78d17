namespace AgendaFlow.Mail;

/// <summary>The agenda mailbox replies arrive in: the <c>AgendaFlow:Imap</c> section (<c>AgendaFlow__Imap__Host</c> etc.).</summary>
public sealed class ImapOptions : MailServerOptions
{
    public const string SectionName = "AgendaFlow:Imap";

    public string Folder { get; set; } = "INBOX";

    private protected override int DefaultPort(MailSecurity security) =>
        security == MailSecurity.SslOnConnect ? 993 : 143;
}
