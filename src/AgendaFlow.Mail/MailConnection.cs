using System.Net.Sockets;
using MailKit;
using MailKit.Security;

namespace AgendaFlow.Mail;

/// <summary>Connect and log in the same way for SMTP and IMAP, so the two cannot drift apart.</summary>
internal static class MailConnection
{
    /// <summary>
    /// Connects and logs in; returns the OAuth2 token the session was opened with (null for a password or no login),
    /// so the caller knows when to open a new session before the token runs out. A refused token is dropped and the
    /// login tried once more with a fresh one: the cached token may have been revoked or have expired early.
    /// </summary>
    public static async Task<MailAccessToken?> OpenAsync(IMailService client, MailServerOptions options, CancellationToken cancellationToken)
    {
        client.Timeout = (int)options.Timeout.TotalMilliseconds;
        if (!string.IsNullOrWhiteSpace(options.ServerCertificateThumbprint) && client is MailService service)
        {
            var pinned = options.ServerCertificateThumbprint.Replace(":", "", StringComparison.Ordinal).Trim();
            service.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || string.Equals(certificate?.GetCertHashString(), pinned, StringComparison.OrdinalIgnoreCase);
        }

        var socket = await ConnectWithoutNagleAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            await client.ConnectAsync(socket, options.Host, options.EffectivePort, ToSocketOptions(options.Security), cancellationToken)
                .ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        if (string.IsNullOrWhiteSpace(options.UserName))
        {
            return null;
        }

        if (options.AuthMethod != MailAuthMethod.OAuth2)
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        var tokens = options.AccessTokens
            ?? throw new InvalidOperationException("AuthMethod is OAuth2 but no token source is configured (AgendaFlow__OAuth2__*).");
        var token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await client.AuthenticateAsync(new SaslMechanismOAuth2(options.UserName, token.Token), cancellationToken).ConfigureAwait(false);
            return token;
        }
        catch (AuthenticationException)
        {
            tokens.Reject(token);
        }

        token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        await client.AuthenticateAsync(new SaslMechanismOAuth2(options.UserName, token.Token), cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>
    /// MailKit connects with Nagle's algorithm on. SMTP writes a message's body and its closing "." separately, so
    /// with Nagle every message waited for the relay's delayed ACK (40 ms on Linux): 500 invitations took 24 s
    /// through OpenSMTPD instead of 2. The socket is therefore made here, with NoDelay, and handed to MailKit.
    /// </summary>
    private static async Task<Socket> ConnectWithoutNagleAsync(MailServerOptions options, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            await socket.ConnectAsync(options.Host, options.EffectivePort, deadline.Token).ConfigureAwait(false);
            return socket;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"No connection to {options.Host}:{options.EffectivePort} within {options.Timeout.TotalSeconds:0} s.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Says goodbye politely when possible; a dead connection is closed without a word.</summary>
    public static async Task CloseQuietlyAsync(IMailService client, CancellationToken cancellationToken)
    {
        if (!client.IsConnected)
        {
            return;
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ProtocolException or CommandException)
        {
            // The work is done; failing to say QUIT/LOGOUT must not turn it into an error.
        }
    }

    private static SecureSocketOptions ToSocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown mail security."),
    };
}
