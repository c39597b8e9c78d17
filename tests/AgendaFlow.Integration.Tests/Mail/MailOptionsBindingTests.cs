using AgendaFlow.Mail;
using Microsoft.Extensions.Configuration;

namespace AgendaFlow.Integration.Tests.Mail;

public sealed class MailOptionsBindingTests
{
    [Fact]
    public void The_AgendaFlow_Smtp_and_Imap_settings_bind_to_the_options_by_their_contract_names()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AgendaFlow:Smtp:Host"] = "smtp.region.example",
                ["AgendaFlow:Smtp:Port"] = "465",
                ["AgendaFlow:Smtp:Security"] = "SslOnConnect",
                ["AgendaFlow:Smtp:UserName"] = "dagsorden@region.example",
                ["AgendaFlow:Smtp:AuthMethod"] = "OAuth2",
                ["AgendaFlow:Imap:Host"] = "imap.region.example",
                ["AgendaFlow:Imap:Security"] = "None",
                ["AgendaFlow:Imap:Password"] = "hemmelig",
            })
            .Build();

        var smtp = configuration.GetSection(SmtpOptions.SectionName).Get<SmtpOptions>()!;
        var imap = configuration.GetSection(ImapOptions.SectionName).Get<ImapOptions>()!;

        Assert.Equal(("smtp.region.example", 465, MailSecurity.SslOnConnect), (smtp.Host, smtp.Port, smtp.Security));
        Assert.Equal(("dagsorden@region.example", MailAuthMethod.OAuth2), (smtp.UserName, smtp.AuthMethod));
        Assert.Equal(("imap.region.example", MailSecurity.None, "hemmelig"), (imap.Host, imap.Security, imap.Password));
        Assert.Equal("INBOX", imap.Folder);
        Assert.Null(imap.UserName);
    }
}
