using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Mail;

namespace AgendaFlow.Integration.Tests.Mail;

[Collection(MailServersCollection.Name)]
public sealed class SmtpToImapTests(MailServers servers)
{
    [Fact]
    public async Task A_mail_sent_through_OpenSMTPD_arrives_in_Dovecot_and_is_read_back_with_ImapMailbox()
    {
        var address = MailServers.NewAddress();
        var sent = TestMail.Invitation(address);

        var results = await new SmtpMailSender(servers.CreateSmtpOptions()).SendEachAsync([sent]).ToListAsync();

        var result = Assert.Single(results);
        Assert.Equal(MailSendStatus.Sent, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.ServerResponse));
        await servers.WaitForMessagesAsync(address, 1);

        await using var mailbox = new ImapMailbox(servers.CreateImapOptions(address));
        var batch = await mailbox.FetchNewAsync(MailboxCursor.Start);
        var received = Assert.Single(batch.Messages).Message;
        Assert.Equal(sent.MessageId, received.MessageId);
        Assert.Equal(sent.Subject, received.Subject);
        Assert.Contains("melder afbud", received.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plus_addressed_mail_lands_in_the_base_mailbox_with_Delivered_To_kept()
    {
        var address = MailServers.NewAddress();
        var plusAddress = address.Replace("@", "+k7Qz9xTm@", StringComparison.Ordinal);

        var results = await new SmtpMailSender(servers.CreateSmtpOptions())
            .SendEachAsync([TestMail.Invitation(plusAddress)]).ToListAsync();

        Assert.Equal(MailSendStatus.Sent, Assert.Single(results).Status);
        var received = Assert.Single(await servers.WaitForMessagesAsync(address, 1));
        Assert.Contains(plusAddress, received.Headers.Where(h => h.Field.Equals("Delivered-To", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value), StringComparer.OrdinalIgnoreCase);
    }
}
