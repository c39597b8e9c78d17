using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Mail;
using MimeKit;

namespace AgendaFlow.Integration.Tests.Mail;

/// <summary>
/// SMTP and IMAP with OAuth2 against servers that check bearer tokens as Exchange Online does (Postfix and Dovecot,
/// validating short-lived JWTs themselves). Tokens here live two seconds, so a batch or a mailbox run outlasts several.
/// </summary>
[Collection(ExchangeLikeMailServersCollection.Name)]
public sealed class OAuth2MailTests(ExchangeLikeMailServers servers)
{
    private static readonly TimeSpan ShortLife = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_batch_that_outlasts_several_tokens_renews_between_messages_and_the_relay_accepts_each_message_exactly_once()
    {
        var mailbox = NewAddress("dagsorden");
        var credential = servers.Tokens(mailbox, ShortLife);
        var options = Smtp(mailbox, new AccessTokenSource(credential));
        var messages = TestMail.Invitations(NewAddress("deltager"), 20);

        // Handed over one by one with a pause, as a batch at the relay's limit goes: five seconds in all.
        var results = await new SmtpMailSender(options).SendEachAsync(Slowly(messages, TimeSpan.FromMilliseconds(250))).ToListAsync();

        Assert.All(results, r => Assert.Equal(MailSendStatus.Sent, r.Status));
        var accepted = servers.AcceptedMessageIds();
        Assert.All(messages, m => Assert.Equal(1, accepted.Count(id => id == m.MessageId)));
        Assert.True(credential.Minted >= 3, $"Only {credential.Minted} token(s) for a batch that outlasted several.");
        Assert.DoesNotContain($"oauth2({mailbox}", FailedLogins());
    }

    [Fact]
    public async Task A_token_the_server_refuses_is_dropped_and_the_login_is_tried_once_more_with_a_fresh_one()
    {
        var mailbox = NewAddress("dagsorden");
        var credential = servers.Tokens(mailbox, TimeSpan.FromMinutes(5)).ExpiredFirst();
        var message = TestMail.Invitation(NewAddress("deltager"));

        var result = Assert.Single(await new SmtpMailSender(Smtp(mailbox, new AccessTokenSource(credential))).SendEachAsync([message]).ToListAsync());

        Assert.Equal(MailSendStatus.Sent, result.Status);
        Assert.Equal(2, credential.Minted);
        Assert.Contains($"oauth2({mailbox}", FailedLogins());
        Assert.Equal(1, servers.AcceptedMessageIds().Count(id => id == message.MessageId));
    }

    [Fact]
    public async Task Reading_a_mailbox_in_chunks_for_longer_than_a_token_lives_renews_the_session_and_reads_every_mail_exactly_once()
    {
        var mailbox = NewAddress("dagsorden");
        var sent = TestMail.Invitations(mailbox, 24);
        var delivered = await new SmtpMailSender(Smtp(mailbox, new AccessTokenSource(servers.Tokens(mailbox, TimeSpan.FromMinutes(5))))).SendEachAsync(sent).ToListAsync();
        Assert.All(delivered, r => Assert.Equal(MailSendStatus.Sent, r.Status));
        await servers.WaitForCountAsync(mailbox, sent.Count, TimeSpan.FromSeconds(60));
        var credential = servers.Tokens(mailbox, ShortLife);

        var read = new List<MimeMessage>();
        await using (var reader = new ImapMailbox(Imap(mailbox, new AccessTokenSource(credential))))
        {
            var cursor = MailboxCursor.Start;
            while (true)
            {
                // Chunks with handling time between them, as CollectReplies works through a full mailbox.
                var batch = await reader.FetchNewAsync(cursor, maxCount: 4);
                if (batch.Messages.Count == 0)
                {
                    break;
                }

                read.AddRange(batch.Messages.Select(m => m.Message));
                await reader.MoveAsync(batch.Messages.Select(m => m.Uid).ToList(), ["AgendaFlow", "Behandlet"]);
                cursor = new MailboxCursor(batch.UidValidity, batch.Messages[^1].Uid);
                await Task.Delay(TimeSpan.FromMilliseconds(700));
            }
        }

        Assert.Equal(sent.Select(m => m.MessageId).Order(), read.Select(m => m.MessageId).Order());
        Assert.Equal(0, await servers.CountAsync(mailbox));
        Assert.Equal(sent.Count, await servers.CountAsync(mailbox, "AgendaFlow/Behandlet"));
        Assert.True(credential.Minted >= 3, $"Only {credential.Minted} token(s) for a run that outlasted several.");
        Assert.DoesNotContain($"oauth2({mailbox}", FailedLogins());
    }

    private SmtpOptions Smtp(string mailbox, AccessTokenSource tokens)
    {
        var options = servers.SmtpOptions(mailbox, tokens);
        options.ServerCertificateThumbprint = servers.ServerCertificate.Thumbprint;
        return options;
    }

    private ImapOptions Imap(string mailbox, AccessTokenSource tokens)
    {
        var options = servers.ImapOptions(mailbox, tokens);
        options.ServerCertificateThumbprint = servers.ServerCertificate.Thumbprint;
        return options;
    }

    /// <summary>Dovecot's lines for refused tokens ("oauth2(user,...): oauth2 failed: ...").</summary>
    private string FailedLogins() =>
        string.Join('\n', servers.DovecotLog.Split('\n').Where(l => l.Contains("oauth2 failed", StringComparison.Ordinal)));

    private static string NewAddress(string localPart) => MailServers.NewAddress(localPart);

    private static IEnumerable<MimeMessage> Slowly(IEnumerable<MimeMessage> messages, TimeSpan pause)
    {
        foreach (var message in messages)
        {
            yield return message;
            Thread.Sleep(pause);
        }
    }
}
