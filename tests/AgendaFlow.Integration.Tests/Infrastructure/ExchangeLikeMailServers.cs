using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using AgendaFlow.Mail;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;

namespace AgendaFlow.Integration.Tests.Infrastructure;

/// <summary>
/// Mail servers that behave like Exchange Online, on loopback ports with their own config in a temp folder: Postfix
/// as the submission server (STARTTLS required, SASL XOAUTH2/OAUTHBEARER through Dovecot, a rate limit answered with
/// 450 4.7.1) delivering over LMTP into Dovecot, which validates the bearer tokens itself (local JWT validation with
/// the key in <see cref="SigningKey"/>) for SMTP and IMAP alike. No passwords. Time is scaled: the relay takes
/// <see cref="MessagesPerWindow"/> messages per <see cref="RateWindow"/>, Exchange's 30 a minute ten times faster.
/// </summary>
public sealed partial class ExchangeLikeMailServers : IAsyncLifetime
{
    public const int MessagesPerWindow = 30;
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(6);

    /// <summary>Where run.sh unpacks Debian's postfix when it is not installed (it conflicts with OpenSMTPD).</summary>
    public const string UnpackedPostfixRoot = "/opt/agendaflow/postfix";

    private const string MailUser = "vmail";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private DirectoryInfo? _root;
    private ServerProcess? _dovecot;
    private ServerProcess? _postfix;

    public byte[] SigningKey { get; } = RandomNumberGenerator.GetBytes(32);

    public int SmtpPort { get; private set; }

    public int ImapPort { get; private set; }

    private int LmtpPort { get; set; }

    private int AuthPort { get; set; }

    public X509Certificate2 ServerCertificate { get; private set; } = null!;

    public string RootPath => _root?.FullName ?? throw new InvalidOperationException("The mail servers are not started.");

    /// <summary>Postfix's log (its <c>maillog_file</c>): what the relay accepted, deferred and refused.</summary>
    public string RelayLog => _postfix?.Output ?? "";

    public string DovecotLog => File.Exists(Path.Combine(RootPath, "dovecot.log")) ? File.ReadAllText(Path.Combine(RootPath, "dovecot.log")) : "";

    /// <summary>The Message-Id of every message the relay accepted, once per acceptance.</summary>
    public IReadOnlyList<string> AcceptedMessageIds() =>
        AcceptedPattern().Matches(RelayLog).Select(m => m.Groups[1].Value).ToList();

    /// <summary>How many times the relay answered "too much mail" (its rate limit).</summary>
    public int ThrottledAnswers() => RelayLog.Split('\n').Count(l => l.Contains("Message delivery request rate limit exceeded", StringComparison.Ordinal));

    /// <summary>The relay's own log lines of mail handed to Dovecot, one per delivered recipient.</summary>
    public int DeliveredCount() => RelayLog.Split('\n').Count(l => l.Contains(" status=sent ", StringComparison.Ordinal));

    public static string PostfixRoot => File.Exists("/usr/sbin/postfix") ? "/" : UnpackedPostfixRoot;

    public async Task InitializeAsync()
    {
        var postfix = Path.Combine(PostfixRoot, "usr/sbin/postfix");
        if (!File.Exists("/usr/sbin/dovecot") || !File.Exists(postfix))
        {
            throw new InvalidOperationException(
                $"Dovecot or Postfix is missing ({postfix}). ./tests/run.sh installs Dovecot and unpacks Debian's postfix into {UnpackedPostfixRoot}.");
        }

        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        await EnsureAccountsAsync();
        _root = Directory.CreateTempSubdirectory("agendaflow-exchange-");
        SetMode(RootPath, (UnixFileMode)Convert.ToInt32("755", 8));
        var mail = Directory.CreateDirectory(Path.Combine(RootPath, "mail"));
        await RunOrThrowAsync("chown", $"{MailUser}:{MailUser}", mail.FullName);
        (SmtpPort, ImapPort, LmtpPort, AuthPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next());
        WriteCertificate();

        var keys = Directory.CreateDirectory(Path.Combine(RootPath, "keys", "default", "HS256"));
        await File.WriteAllTextAsync(Path.Combine(keys.FullName, "default"), Convert.ToBase64String(SigningKey));
        await File.WriteAllTextAsync(Path.Combine(RootPath, "oauth2.conf"), ExchangeLikeConfig.DovecotOAuth2(RootPath));
        await File.WriteAllTextAsync(Path.Combine(RootPath, "dovecot.conf"), ExchangeLikeConfig.Dovecot(RootPath, ImapPort, LmtpPort, AuthPort, MailUser));
        _dovecot = ServerProcess.Start("Dovecot", "/usr/sbin/dovecot", "-F", "-c", Path.Combine(RootPath, "dovecot.conf"));
        await _dovecot.WaitForPortAsync(ImapPort, StartTimeout);
        await _dovecot.WaitForPortAsync(AuthPort, StartTimeout);

        var config = Directory.CreateDirectory(Path.Combine(RootPath, "postfix"));
        Directory.CreateDirectory(Path.Combine(config.FullName, "queue"));
        var data = Directory.CreateDirectory(Path.Combine(config.FullName, "data"));
        await RunOrThrowAsync("chown", "postfix", data.FullName);
        await File.WriteAllTextAsync(Path.Combine(config.FullName, "main.cf"),
            ExchangeLikeConfig.PostfixMain(RootPath, PostfixRoot, SmtpPort, LmtpPort, AuthPort, MessagesPerWindow, RateWindow));
        await File.WriteAllTextAsync(Path.Combine(config.FullName, "master.cf"), ExchangeLikeConfig.PostfixMaster(SmtpPort));
        _postfix = ServerProcess.Start("Postfix", "env", $"LD_LIBRARY_PATH={Path.Combine(PostfixRoot, "usr/lib/postfix")}",
            Path.Combine(PostfixRoot, "usr/sbin/postfix"), "-c", config.FullName, "start-fg");
        try
        {
            await _postfix.WaitForPortAsync(SmtpPort, StartTimeout);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException($"{ex.Message}\nPostfix:\n{RelayLog}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        await StopPostfixMasterAsync();
        foreach (var server in new[] { _postfix, _dovecot })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        (_postfix, _dovecot) = (null, null);
        if (_root is not null && Directory.Exists(_root.FullName))
        {
            _root.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Postfix's master makes itself a session leader, so killing the process started here leaves it running with
    /// the output pipe open (and the test host waiting for it): it is stopped by the pid it wrote, and waited for.
    /// </summary>
    private async Task StopPostfixMasterAsync()
    {
        var pidFile = _root is null ? null : Path.Combine(RootPath, "postfix", "queue", "pid", "master.pid");
        if (pidFile is null || !File.Exists(pidFile))
        {
            return;
        }

        // Read by cat: the master holds a lock on the file that .NET's own open (a shared flock) runs into.
        var (_, text) = await ServerProcess.RunAsync("cat", pidFile);
        if (!int.TryParse(text.Trim(), out var pid))
        {
            return;
        }

        await ServerProcess.RunAsync("kill", "-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Directory.Exists($"/proc/{pid}") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        if (Directory.Exists($"/proc/{pid}"))
        {
            await ServerProcess.RunAsync("kill", "-KILL", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The token source the app would get from Entra ID: short-lived tokens for the mailbox, signed with the trusted key.</summary>
    public BearerTokens Tokens(string mailbox, TimeSpan lifetime) => new(SigningKey, mailbox, lifetime);

    /// <summary>Submission as Exchange Online offers it: STARTTLS (this fixture's certificate pinned) and XOAUTH2 for the mailbox.</summary>
    public SmtpOptions SmtpOptions(string mailbox, AccessTokenSource tokens) => new()
    {
        Host = "127.0.0.1",
        Port = SmtpPort,
        Security = MailSecurity.StartTls,
        UserName = mailbox,
        AuthMethod = MailAuthMethod.OAuth2,
        AccessTokens = tokens,
        MessagesPerMinute = MessagesPerWindow,
        RateWindow = RateWindow,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public ImapOptions ImapOptions(string mailbox, AccessTokenSource tokens) => new()
    {
        Host = "127.0.0.1",
        Port = ImapPort,
        Security = MailSecurity.StartTls,
        UserName = mailbox,
        AuthMethod = MailAuthMethod.OAuth2,
        AccessTokens = tokens,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Accepts this fixture's self-signed certificate and no other: for clients made by tests.</summary>
    public bool IsOwnCertificate(X509Certificate? certificate) =>
        certificate is not null && certificate.GetCertHashString() == ServerCertificate.Thumbprint;

    /// <summary>A logged-in client (its own token) for the test's look into a mailbox, independent of the code under test.</summary>
    public async Task<ImapClient> OpenImapClientAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        var client = new ImapClient { Timeout = 30_000, ServerCertificateValidationCallback = (_, c, _, _) => IsOwnCertificate(c) };
        await client.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.StartTls, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        await client.AuthenticateAsync(new SaslMechanismOAuth2(mailbox, BearerTokens.Mint(SigningKey, mailbox, now, now.AddMinutes(5))), cancellationToken);
        return client;
    }

    public async Task<int> CountAsync(string mailbox, string folder = "INBOX", CancellationToken cancellationToken = default)
    {
        using var client = await OpenImapClientAsync(mailbox, cancellationToken);
        var target = await client.GetFolderAsync(folder, cancellationToken);
        await target.StatusAsync(StatusItems.Count, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return target.Count;
    }

    /// <summary>Waits until the mailbox holds at least <paramref name="count"/> messages; times out with both servers' logs.</summary>
    public async Task WaitForCountAsync(string mailbox, int count, TimeSpan timeout, string folder = "INBOX")
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await CountAsync(mailbox, folder) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{mailbox} did not get {count} messages in time.\nPostfix:\n{RelayLog}\nDovecot:\n{DovecotLog}");
            }

            await Task.Delay(250);
        }
    }

    private void WriteCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        ServerCertificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var tls = Directory.CreateDirectory(Path.Combine(RootPath, "tls"));
        File.WriteAllText(Path.Combine(tls.FullName, "cert.pem"), ServerCertificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(tls.FullName, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        SetMode(Path.Combine(tls.FullName, "key.pem"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>Dovecot's mail user, and the postfix user and postdrop group Postfix runs as (a .deb unpacked has not made them).</summary>
    private static async Task EnsureAccountsAsync()
    {
        if ((await ServerProcess.RunAsync("getent", "group", "postdrop")).ExitCode != 0)
        {
            await ServerProcess.RunAsync("groupadd", "--system", "postdrop");
        }

        foreach (var user in new[] { MailUser, "postfix" })
        {
            if ((await ServerProcess.RunAsync("id", "-u", user)).ExitCode != 0)
            {
                await ServerProcess.RunAsync("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", user);
            }

            if ((await ServerProcess.RunAsync("id", "-u", user)).ExitCode != 0)
            {
                throw new InvalidOperationException($"Could not create the user '{user}'.");
            }
        }
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        // The servers are Debian packages: off Linux, InitializeAsync has already failed.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static async Task RunOrThrowAsync(string fileName, params string[] arguments)
    {
        var (exitCode, output) = await ServerProcess.RunAsync(fileName, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed: {output}");
        }
    }

    [GeneratedRegex(@"cleanup\[\d+\]: [0-9A-F]+: message-id=<([^>]+)>")]
    private static partial Regex AcceptedPattern();
}

/// <summary>One set of Exchange-like servers per test run, for the test classes that join the collection.</summary>
[CollectionDefinition(Name)]
public sealed class ExchangeLikeMailServersCollection : ICollectionFixture<ExchangeLikeMailServers>
{
    public const string Name = "ExchangeLikeMailServers";
}

/// <summary>The app against Exchange-like servers of its own, with storage.</summary>
[CollectionDefinition(Name)]
public sealed class ExchangeLikeAppCollection : ICollectionFixture<Azurite>, ICollectionFixture<ExchangeLikeMailServers>
{
    public const string Name = "ExchangeLikeApp";
}
