using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Mail;
using MailKit;

namespace AgendaFlow.Integration.Tests.Mail;

[Collection(MailServersCollection.Name)]
public sealed class ImapMailboxTests(MailServers servers)
{
    private static readonly string[] Processed = ["AgendaFlow", "Behandlet"];

    [Fact]
    public async Task UIDVALIDITY_and_UIDs_are_reported_and_the_cursor_returns_only_newer_mail()
    {
        var address = MailServers.NewAddress();
        await SendAndWaitAsync(address, count: 2);
        await using var mailbox = new ImapMailbox(servers.CreateImapOptions(address));

        var first = await mailbox.FetchNewAsync(MailboxCursor.Start);
        var cursor = first.Cursor(MailboxCursor.Start);
        await SendAndWaitAsync(address, count: 1, total: 3);
        var second = await mailbox.FetchNewAsync(cursor);
        var third = await mailbox.FetchNewAsync(second.Cursor(cursor));

        using var client = await servers.OpenImapClientAsync(address);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        Assert.Equal(client.Inbox.UidValidity, first.UidValidity);
        Assert.NotEqual(0u, first.UidValidity);
        Assert.Equal(2, first.Messages.Count);
        Assert.True(first.Messages[0].Uid > 0 && first.Messages[0].Uid < first.Messages[1].Uid);
        Assert.False(first.UidValidityChanged);
        Assert.True(Assert.Single(second.Messages).Uid > first.Messages[1].Uid);
        Assert.Empty(third.Messages); // "UID n:*" would have returned the newest message again
    }

    [Fact]
    public async Task A_capped_fetch_takes_the_oldest_messages_and_the_cursor_picks_up_the_rest()
    {
        var address = MailServers.NewAddress();
        await SendAndWaitAsync(address, count: 3);
        await using var mailbox = new ImapMailbox(servers.CreateImapOptions(address));

        var first = await mailbox.FetchNewAsync(MailboxCursor.Start, maxCount: 2);
        var rest = await mailbox.FetchNewAsync(first.Cursor(MailboxCursor.Start), maxCount: 2);

        Assert.Equal(2, first.Messages.Count);
        Assert.True(Assert.Single(rest.Messages).Uid > first.Messages.Max(m => m.Uid));
    }

    [Fact]
    public async Task A_cursor_from_another_UIDVALIDITY_reads_the_whole_folder_again()
    {
        var address = MailServers.NewAddress();
        await SendAndWaitAsync(address, count: 2);
        await using var mailbox = new ImapMailbox(servers.CreateImapOptions(address));
        var current = await mailbox.FetchNewAsync(MailboxCursor.Start);

        var stale = await mailbox.FetchNewAsync(new MailboxCursor(current.UidValidity + 1, 1000));

        Assert.True(stale.UidValidityChanged);
        Assert.Equal(2, stale.Messages.Count);
    }

    [Fact]
    public async Task Moving_a_message_to_AgendaFlow_Behandlet_creates_the_folder_with_the_servers_separator_and_it_leaves_INBOX()
    {
        var address = MailServers.NewAddress();
        await SendAndWaitAsync(address, count: 2);
        await using var mailbox = new ImapMailbox(servers.CreateImapOptions(address));
        var batch = await mailbox.FetchNewAsync(MailboxCursor.Start);

        var separator = await SeparatorAsync(address);
        var firstMoved = await mailbox.MoveAsync(batch.Messages[0].Uid, Processed);
        var secondMoved = await mailbox.MoveAsync(batch.Messages[1].Uid, Processed); // the folder exists now

        Assert.Equal('.', separator); // Dovecot's default; Exchange and Gmail would say '/'
        Assert.NotNull(firstMoved);
        Assert.NotNull(secondMoved);
        using var client = await servers.OpenImapClientAsync(address);
        var target = await client.GetFolderAsync($"AgendaFlow{separator}Behandlet");
        Assert.Equal("Behandlet", target.Name);
        Assert.Equal("AgendaFlow", target.ParentFolder?.Name);
        Assert.Equal(2, await servers.CountMessagesAsync(address, target.FullName));
        Assert.Equal(0, await servers.CountMessagesAsync(address));
        await target.OpenAsync(FolderAccess.ReadOnly);
        var moved = await target.GetMessageAsync(new UniqueId(target.UidValidity, firstMoved.Value));
        Assert.Equal(batch.Messages[0].Message.MessageId, moved.MessageId);
    }

    [Fact]
    public async Task On_a_server_that_nests_with_a_slash_the_move_creates_AgendaFlow_slash_Behandlet()
    {
        var address = MailServers.NewAddress(domain: MailServers.SlashSeparatorDomain);
        await SendAndWaitAsync(address, count: 1);
        await using var mailbox = new ImapMailbox(servers.CreateImapOptions(address));
        var batch = await mailbox.FetchNewAsync(MailboxCursor.Start);

        var separator = await SeparatorAsync(address);
        await mailbox.MoveAsync(batch.Messages[0].Uid, Processed);

        Assert.Equal('/', separator);
        Assert.Equal(1, await servers.CountMessagesAsync(address, "AgendaFlow/Behandlet"));
        Assert.Equal(0, await servers.CountMessagesAsync(address));
    }

    [Fact]
    public async Task A_folder_name_containing_the_servers_separator_is_refused()
    {
        var address = MailServers.NewAddress();
        await SendAndWaitAsync(address, count: 1);
        await using var mailbox = new ImapMailbox(servers.CreateImapOptions(address));
        var batch = await mailbox.FetchNewAsync(MailboxCursor.Start);

        await Assert.ThrowsAsync<ArgumentException>(
            () => mailbox.MoveAsync(batch.Messages[0].Uid, ["AgendaFlow.Behandlet"]));
        Assert.Equal(1, await servers.CountMessagesAsync(address));
    }

    [Fact]
    public async Task With_AuthMethod_OAuth2_the_mailbox_logs_in_with_SASL_XOAUTH2_and_a_fresh_token()
    {
        var address = MailServers.NewAddress();
        await SendAndWaitAsync(address, count: 1);
        var options = servers.CreateImapOptions(address);
        options.Password = null;
        options.AuthMethod = MailAuthMethod.OAuth2;
        // This Dovecot takes the static password as a token; the Exchange-like servers check real JWTs (OAuth2Tests).
        options.AccessTokens = new AccessTokenSource(Azure.Core.DelegatedTokenCredential.Create(
            (_, _) => new Azure.Core.AccessToken(MailServers.Password, DateTimeOffset.UtcNow.AddHours(1))));

        await using var mailbox = new ImapMailbox(options);
        var batch = await mailbox.FetchNewAsync(MailboxCursor.Start);

        Assert.Single(batch.Messages);
        Assert.Equal(1, options.AccessTokens.Fetched);
        Assert.Contains($"user=<{address}>, method=XOAUTH2", servers.DovecotLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_STARTTLS_with_a_pinned_certificate_the_mailbox_logs_in_and_reads_mail()
    {
        var address = MailServers.NewAddress();
        await SendAndWaitAsync(address, count: 1);
        var options = servers.CreateImapOptions(address);
        options.Security = MailSecurity.StartTls;
        var client = new MailKit.Net.Imap.ImapClient
        {
            ServerCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == servers.ServerCertificate.Thumbprint,
        };

        await using var mailbox = new ImapMailbox(options, client);
        var batch = await mailbox.FetchNewAsync(MailboxCursor.Start);

        Assert.Single(batch.Messages);
        Assert.True(client.IsSecure);
        Assert.Contains($"user=<{address}>, method=PLAIN", servers.DovecotLog, StringComparison.Ordinal);
    }

    private async Task SendAndWaitAsync(string address, int count, int? total = null)
    {
        var results = await new SmtpMailSender(servers.CreateSmtpOptions())
            .SendEachAsync(TestMail.Invitations(address, count)).ToListAsync();
        Assert.All(results, r => Assert.Equal(MailSendStatus.Sent, r.Status));
        await servers.WaitForMessagesAsync(address, total ?? count);
    }

    /// <summary>The server's hierarchy separator for the user's own folders, as the server itself says.</summary>
    private async Task<char> SeparatorAsync(string address)
    {
        using var client = await servers.OpenImapClientAsync(address);
        return client.PersonalNamespaces[0].DirectorySeparator;
    }
}
