using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AgendaFlow.Mail;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace AgendaFlow.TestSupport;

/// <summary>
/// A real OpenSMTPD relaying over LMTP into a real Dovecot, on free loopback ports, configured
/// from files in a fresh temp folder. Every address at any domain is a mailbox that exists,
/// with the password <see cref="Password"/>; <c>box+TOKEN@domain</c> lands in <c>box@domain</c>.
/// Mail for the domain <see cref="RejectingDomain"/> is refused with a 5xx answer, and mailboxes at
/// <see cref="SlashSeparatorDomain"/> nest folders with '/' as Exchange and Gmail do (Dovecot's own is '.').
/// </summary>
public sealed class MailServers : IAsyncLifetime
{
    public const string Password = "hemmelig";
    public const string Domain = "region.example";
    public const string RejectingDomain = "afvist.example";
    public const string SlashSeparatorDomain = "skraastreg.example";

    private const string DovecotPath = "/usr/sbin/dovecot";
    private const string SmtpdPath = "/usr/sbin/smtpd";
    private const string MailUser = "vmail";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly SemaphoreSlim _smtpGate = new(1, 1);
    private DirectoryInfo? _root;
    private ServerProcess? _dovecot;
    private ServerProcess? _smtpd;
    private bool _smtpdInOwnNamespace;
    private X509Certificate2? _certificate;
    private string _smtpLogOfEarlierRuns = "";

    public int ImapPort { get; private set; }

    public int LmtpPort { get; private set; }

    public int SmtpPort { get; private set; }

    /// <summary>Dovecot's self-signed certificate (STARTTLS on the IMAP port), for tests to pin instead of trusting any.</summary>
    public X509Certificate2 ServerCertificate => _certificate ?? throw new InvalidOperationException("The mail servers are not started.");

    public string RootPath => _root?.FullName ?? throw new InvalidOperationException("The mail servers are not started.");

    /// <summary>What OpenSMTPD has logged since the fixture started, across restarts.</summary>
    public string SmtpLog => _smtpLogOfEarlierRuns + (_smtpd?.Output ?? "");

    /// <summary>The lines OpenSMTPD has logged since it last started, not joined: for a test that looks many times a second.</summary>
    public IReadOnlyCollection<string> SmtpLogLinesSinceStart => _smtpd?.OutputLines ?? [];

    public string DovecotLog => File.Exists(Path.Combine(RootPath, "dovecot.log"))
        ? File.ReadAllText(Path.Combine(RootPath, "dovecot.log"))
        : "";

    /// <summary>
    /// SMTP sessions in which OpenSMTPD accepted at least one message: what "one connection per
    /// batch" is checked against. Sessions without mail (the fixture's own port probes) do not count.
    /// </summary>
    public int SmtpMailSessionCount =>
        SmtpLog.Split('\n')
            .Where(line => line.Contains(" smtp message ", StringComparison.Ordinal))
            .Select(line => line.Split(' ', 2)[0])
            .Distinct(StringComparer.Ordinal)
            .Count();

    public async Task InitializeAsync()
    {
        RequireBinary(DovecotPath);
        RequireBinary(SmtpdPath);
        try
        {
            await StartAllAsync();
        }
        catch
        {
            // Leave no half-started server or temp folder behind when a start fails.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync()
    {
        await EnsureMailUserAsync();

        _root = Directory.CreateTempSubdirectory("agendaflow-mail-");
        // Dovecot's login and internal users must reach their sockets under the base dir.
        SetMode(_root.FullName, "755");
        var mail = Directory.CreateDirectory(Path.Combine(RootPath, "mail"));
        await RunOrThrowAsync("chown", $"{MailUser}:{MailUser}", mail.FullName);

        ImapPort = FreePort.Next();
        LmtpPort = FreePort.Next();
        SmtpPort = FreePort.Next();
        await WriteCertificateAsync();

        await StartDovecotAsync();
        _smtpdInOwnNamespace = await CanIsolateSmtpdAsync();
        await StartSmtpAsync();
    }

    public async Task DisposeAsync()
    {
        if (_smtpd is not null)
        {
            await _smtpd.DisposeAsync();
            _smtpd = null;
        }

        if (_dovecot is not null)
        {
            await _dovecot.DisposeAsync();
            _dovecot = null;
        }

        if (_root is not null && Directory.Exists(_root.FullName))
        {
            _root.Delete(recursive: true);
        }

        _certificate?.Dispose();
        _certificate = null;
    }

    /// <summary>Starts OpenSMTPD (again); its queue survives a stop, as on a real relay.</summary>
    public async Task StartSmtpAsync()
    {
        await _smtpGate.WaitAsync();
        try
        {
            if (_smtpd is { HasExited: false })
            {
                return;
            }

            if (_smtpd is not null)
            {
                _smtpLogOfEarlierRuns += _smtpd.Output + "\n";
                await _smtpd.DisposeAsync();
            }

            var config = WriteSmtpdConfig();
            _smtpd = _smtpdInOwnNamespace
                ? ServerProcess.Start("OpenSMTPD", "unshare", "-m", "sh", "-c", IsolatedSmtpdScript(config))
                : ServerProcess.Start("OpenSMTPD", SmtpdPath, "-d", "-f", config);
            await _smtpd.WaitForPortAsync(SmtpPort, StartTimeout);
        }
        finally
        {
            _smtpGate.Release();
        }
    }

    /// <summary>Stops OpenSMTPD the way a relay goes away for maintenance: connections drop, the port refuses.</summary>
    public async Task StopSmtpAsync()
    {
        await _smtpGate.WaitAsync();
        try
        {
            if (_smtpd is null)
            {
                return;
            }

            await _smtpd.StopAsync(TimeSpan.FromSeconds(5));
            var deadline = DateTime.UtcNow + StartTimeout;
            while (await ServerProcess.PortAcceptsAsync(SmtpPort))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"OpenSMTPD still accepts connections on port {SmtpPort} after stopping.");
                }

                await Task.Delay(50);
            }
        }
        finally
        {
            _smtpGate.Release();
        }
    }

    /// <summary>A fresh address, so tests sharing the servers never see each other's mail.</summary>
    /// <summary>Sends a message into the relay as a participant's mail client would: plain SMTP, no login.</summary>
    public async Task SendAsync(MimeMessage message)
    {
        using var smtp = new MailKit.Net.Smtp.SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", SmtpPort, SecureSocketOptions.None);
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(true);
    }

    public static string NewAddress(string localPart = "dagsorden", string domain = Domain) =>
        string.Create(CultureInfo.InvariantCulture, $"{localPart}.{Guid.NewGuid().ToString("N")[..10]}@{domain}");

    public SmtpOptions CreateSmtpOptions() => new()
    {
        Host = "127.0.0.1",
        Port = SmtpPort,
        Security = MailSecurity.None,
        Timeout = TimeSpan.FromSeconds(15),
    };

    public ImapOptions CreateImapOptions(string address, string folder = "INBOX") => new()
    {
        Host = "127.0.0.1",
        Port = ImapPort,
        Security = MailSecurity.None,
        UserName = address,
        Password = Password,
        Folder = folder,
        Timeout = TimeSpan.FromSeconds(15),
    };

    /// <summary>A logged-in MailKit client for checks that must not depend on the code under test.</summary>
    public async Task<ImapClient> OpenImapClientAsync(string address, CancellationToken cancellationToken = default)
    {
        var client = new ImapClient { Timeout = 15_000 };
        await client.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.None, cancellationToken);
        await client.AuthenticateAsync(address, Password, cancellationToken);
        return client;
    }

    public async Task<int> CountMessagesAsync(string address, string folder = "INBOX", CancellationToken cancellationToken = default)
    {
        using var client = await OpenImapClientAsync(address, cancellationToken);
        var mailFolder = await client.GetFolderAsync(folder, cancellationToken);
        await mailFolder.StatusAsync(StatusItems.Count, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return mailFolder.Count;
    }

    /// <summary>
    /// Waits until the mailbox holds at least <paramref name="count"/> messages and returns all of
    /// them, oldest first. Times out with both servers' logs, which is where the reason usually is.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(
        string address, int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (await CountMessagesAsync(address, cancellationToken: cancellationToken) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"{address} did not get {count} messages in time.\nOpenSMTPD:\n{SmtpLog}\nDovecot:\n{DovecotLog}");
            }

            await Task.Delay(100, cancellationToken);
        }

        using var client = await OpenImapClientAsync(address, cancellationToken);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var messages = new List<MimeMessage>();
        for (var i = 0; i < client.Inbox.Count; i++)
        {
            messages.Add(await client.Inbox.GetMessageAsync(i, cancellationToken));
        }

        await client.DisconnectAsync(true, cancellationToken);
        return messages;
    }

    private async Task StartDovecotAsync()
    {
        var config = Path.Combine(RootPath, "dovecot.conf");
        await File.WriteAllTextAsync(config, DovecotConfig());
        _dovecot = ServerProcess.Start("Dovecot", DovecotPath, "-F", "-c", config);
        try
        {
            await _dovecot.WaitForPortAsync(ImapPort, StartTimeout);
            await _dovecot.WaitForPortAsync(LmtpPort, StartTimeout);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException($"{ex.Message}\nDovecot log:\n{DovecotLog}", ex);
        }
    }

    private string DovecotConfig()
    {
        var mail = Path.Combine(RootPath, "mail");
        return $$"""
            # Written by the AgendaFlow test fixture; see tests/mail-servers.md.
            base_dir = {{RootPath}}/dovecot
            state_dir = {{RootPath}}/dovecot-state
            log_path = {{RootPath}}/dovecot.log
            protocols = imap lmtp
            listen = 127.0.0.1
            # STARTTLS is offered but not required, so tests can use either.
            ssl = yes
            ssl_cert = <{{RootPath}}/tls/cert.pem
            ssl_key = <{{RootPath}}/tls/key.pem
            disable_plaintext_auth = no
            # XOAUTH2 hands the token to the passdb as a password, so the static password doubles as a valid token.
            auth_mechanisms = plain login xoauth2 oauthbearer
            default_login_user = dovenull
            default_internal_user = dovecot
            first_valid_uid = 1
            mail_location = maildir:{{mail}}/%d/%n
            recipient_delimiter = +
            lmtp_save_to_detail_mailbox = no

            namespace inbox {
              inbox = yes
              separator = .
            }

            passdb {
              driver = static
              args = password={{Password}}
            }

            userdb {
              driver = static
              # One domain gets '/' as its hierarchy separator, so both styles are tested against one server.
              args = uid={{MailUser}} gid={{MailUser}} home={{mail}}/%d/%n namespace/inbox/separator=%{if;%d;eq;{{SlashSeparatorDomain}};/;.}
            }

            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{ImapPort}}
              }
              inet_listener imaps {
                port = 0
              }
            }

            service lmtp {
              inet_listener lmtp {
                address = 127.0.0.1
                port = {{LmtpPort}}
              }
            }

            """;
    }

    private string WriteSmtpdConfig()
    {
        var config = Path.Combine(RootPath, "smtpd.conf");
        File.WriteAllText(config, $$"""
            # Written by the AgendaFlow test fixture; see tests/mail-servers.md.
            listen on 127.0.0.1 port {{SmtpPort}}
            # No TLS listener: OpenSMTPD 6.8.0p2 cannot do TLS with Debian 12's OpenSSL 3
            # (OpenSMTPD/OpenSMTPD#1171). STARTTLS and logins are tested against Dovecot's IMAP instead.

            # OpenSMTPD never delivers to root, so every recipient maps to the unprivileged {{MailUser}};
            # rcpt-to hands Dovecot the original address, so plus-addressing and Delivered-To survive.
            action "dovecot" lmtp "127.0.0.1:{{LmtpPort}}" rcpt-to virtual { "@" => "{{MailUser}}" }

            match from local for domain "{{RejectingDomain}}" reject
            match from local for any action "dovecot"

            """);
        return config;
    }

    /// <summary>
    /// OpenSMTPD's queue (/var/spool/smtpd) and control socket (/run/smtpd.sock) are compiled in.
    /// In a private mount namespace both are bind-mounted from the temp folder, so parallel test
    /// runs never share a queue and the machine's own spool stays untouched.
    /// </summary>
    private string IsolatedSmtpdScript(string config)
    {
        var spool = Path.Combine(RootPath, "spool");
        var run = Path.Combine(RootPath, "run");
        return $"mount --bind '{spool}' /var/spool && mount --bind '{run}' /run && exec {SmtpdPath} -d -f '{config}'";
    }

    private async Task WriteCertificateAsync()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        var tls = Directory.CreateDirectory(Path.Combine(RootPath, "tls"));
        await File.WriteAllTextAsync(Path.Combine(tls.FullName, "cert.pem"), _certificate.ExportCertificatePem());
        var keyPath = Path.Combine(tls.FullName, "key.pem");
        await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());
        SetMode(keyPath, "600");
    }

    private async Task<bool> CanIsolateSmtpdAsync()
    {
        var spool = Directory.CreateDirectory(Path.Combine(RootPath, "spool"));
        var queue = Directory.CreateDirectory(Path.Combine(spool.FullName, "smtpd"));
        SetMode(queue.FullName, "711");
        Directory.CreateDirectory(Path.Combine(RootPath, "run"));

        var probe = await ServerProcess.RunAsync(
            "unshare", "-m", "sh", "-c", $"mount --bind '{spool.FullName}' /var/spool");
        return probe.ExitCode == 0;
    }

    private static async Task EnsureMailUserAsync()
    {
        if ((await ServerProcess.RunAsync("id", "-u", MailUser)).ExitCode == 0)
        {
            return;
        }

        var add = await ServerProcess.RunAsync(
            "useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
            "--shell", "/usr/sbin/nologin", MailUser);

        // A parallel test run may have created it in the meantime; only a still-missing user is an error.
        if (add.ExitCode != 0 && (await ServerProcess.RunAsync("id", "-u", MailUser)).ExitCode != 0)
        {
            throw new InvalidOperationException($"Could not create the mail user '{MailUser}': {add.Output}");
        }
    }

    private static void RequireBinary(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing. The mail tests need real mail servers: apt-get install -y dovecot-imapd dovecot-lmtpd opensmtpd");
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

    private static void SetMode(string path, string octal)
    {
        // The servers are Debian packages: off Linux, RequireBinary has already failed the fixture.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(octal, 8));
        }
    }
}
