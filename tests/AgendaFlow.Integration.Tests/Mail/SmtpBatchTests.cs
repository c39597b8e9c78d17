using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Mail;

namespace AgendaFlow.Integration.Tests.Mail;

[Collection(MailServersCollection.Name)]
public sealed class SmtpBatchTests(MailServers servers)
{
    [Fact]
    public async Task A_batch_of_twenty_uses_one_connection_and_every_message_arrives_exactly_once()
    {
        var address = MailServers.NewAddress();
        var batch = TestMail.Invitations(address, 20);
        var connectionsBefore = servers.SmtpMailSessionCount;

        var results = await new SmtpMailSender(servers.CreateSmtpOptions()).SendEachAsync(batch).ToListAsync();

        Assert.All(results, r => Assert.Equal(MailSendStatus.Sent, r.Status));
        Assert.Equal(batch, results.Select(r => r.Message));
        await servers.WaitForMessagesAsync(address, 20);
        await Task.Delay(TimeSpan.FromSeconds(1)); // room for a duplicate to show up
        var received = await servers.WaitForMessagesAsync(address, 20);
        Assert.Equal(
            batch.Select(m => m.MessageId).Order(StringComparer.Ordinal),
            received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        Assert.Equal(1, servers.SmtpMailSessionCount - connectionsBefore);
    }

    [Fact]
    public async Task Stopping_SMTP_mid_batch_gives_transient_failures_for_the_unsent_and_resends_nothing()
    {
        var address = MailServers.NewAddress();
        var batch = TestMail.Invitations(address, 10);
        var results = new List<MailSendResult>();

        try
        {
            await foreach (var result in new SmtpMailSender(servers.CreateSmtpOptions()).SendEachAsync(batch))
            {
                results.Add(result);
                if (results.Count == 4)
                {
                    // Let the relay hand the first four on, so a restart cannot blur who sent what.
                    await servers.WaitForMessagesAsync(address, 4);
                    await servers.StopSmtpAsync();
                }
            }
        }
        finally
        {
            await servers.StartSmtpAsync();
        }

        Assert.Equal(batch, results.Select(r => r.Message));
        Assert.All(results.Take(4), r => Assert.Equal(MailSendStatus.Sent, r.Status));
        Assert.All(results.Skip(4), r =>
        {
            Assert.Equal(MailSendStatus.TransientFailure, r.Status);
            Assert.False(string.IsNullOrWhiteSpace(r.ServerResponse));
        });

        await Task.Delay(TimeSpan.FromSeconds(2)); // the restarted relay would deliver a resent message now
        var received = await servers.WaitForMessagesAsync(address, 4);
        Assert.Equal(
            batch.Take(4).Select(m => m.MessageId).Order(StringComparer.Ordinal),
            received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_relay_restart_mid_batch_costs_one_reconnect_and_every_message_arrives_exactly_once()
    {
        var address = MailServers.NewAddress();
        var batch = TestMail.Invitations(address, 6);
        var results = new List<MailSendResult>();
        var connectionsBefore = servers.SmtpMailSessionCount;

        try
        {
            await foreach (var result in new SmtpMailSender(servers.CreateSmtpOptions()).SendEachAsync(batch))
            {
                results.Add(result);
                if (results.Count == 3)
                {
                    await servers.WaitForMessagesAsync(address, 3);
                    await servers.StopSmtpAsync();
                    await servers.StartSmtpAsync();
                }
            }
        }
        finally
        {
            await servers.StartSmtpAsync();
        }

        Assert.All(results, r => Assert.Equal(MailSendStatus.Sent, r.Status));
        await servers.WaitForMessagesAsync(address, 6);
        await Task.Delay(TimeSpan.FromSeconds(1)); // room for a duplicate to show up
        var received = await servers.WaitForMessagesAsync(address, 6);
        Assert.Equal(
            batch.Select(m => m.MessageId).Order(StringComparer.Ordinal),
            received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        Assert.Equal(2, servers.SmtpMailSessionCount - connectionsBefore);
    }

    [Fact]
    public async Task A_refused_recipient_is_a_permanent_failure_with_the_servers_answer_and_the_batch_goes_on()
    {
        var address = MailServers.NewAddress();
        var refused = TestMail.Invitation($"ukendt@{MailServers.RejectingDomain}");
        var batch = new[] { TestMail.Invitation(address, 1), refused, TestMail.Invitation(address, 2) };
        var connectionsBefore = servers.SmtpMailSessionCount;

        var results = await new SmtpMailSender(servers.CreateSmtpOptions()).SendEachAsync(batch).ToListAsync();

        Assert.Equal(
            [MailSendStatus.Sent, MailSendStatus.PermanentFailure, MailSendStatus.Sent],
            results.Select(r => r.Status));
        Assert.StartsWith("5", results[1].ServerResponse, StringComparison.Ordinal);
        Assert.Equal(2, (await servers.WaitForMessagesAsync(address, 2)).Count);
        Assert.Equal(1, servers.SmtpMailSessionCount - connectionsBefore);
    }

    [Fact]
    public async Task StartTls_against_a_relay_that_does_not_offer_it_fails_transiently_instead_of_sending_in_plain_text()
    {
        var options = servers.CreateSmtpOptions();
        options.Security = MailSecurity.StartTls;
        var address = MailServers.NewAddress();
        var connectionsBefore = servers.SmtpMailSessionCount;

        var results = await new SmtpMailSender(options).SendEachAsync(TestMail.Invitations(address, 2)).ToListAsync();

        Assert.All(results, r =>
        {
            Assert.Equal(MailSendStatus.TransientFailure, r.Status);
            Assert.Contains("STARTTLS", r.ServerResponse, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal(connectionsBefore, servers.SmtpMailSessionCount);
    }

    [Fact]
    public async Task An_unreachable_server_gives_transient_failures_for_the_whole_batch_without_throwing()
    {
        var options = servers.CreateSmtpOptions();
        options.Port = FreePort.Next();
        var batch = TestMail.Invitations(MailServers.NewAddress(), 3);

        var results = await new SmtpMailSender(options).SendEachAsync(batch).ToListAsync();

        Assert.All(results, r => Assert.Equal(MailSendStatus.TransientFailure, r.Status));
        Assert.Equal(3, results.Count);
    }
}
