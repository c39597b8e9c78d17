using System.Net.Sockets;
using MailKit;
using MailKit.Security;

namespace AgendaFlow.Mail;

/// <summary>Connect and log in the same way for SMTP and IMAP, so the two cannot drift apart.</summary>
internal static class MailConnection
{
    public static async Task OpenAsync(IMailService client, MailServerOptions options, CancellationToken cancellationToken)
    {
        client.Timeout = (int)options.Timeout.TotalMilliseconds;
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
            return;
        }

        if (options.AuthMethod == MailAuthMethod.OAuth2)
        {
            var token = await AccessTokenAsync(options, cancellationToken).ConfigureAwait(false);
            await client.AuthenticateAsync(new SaslMechanismOAuth2(options.UserName, token), cancellationToken)
                .ConfigureAwait(false);
        }
        else
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken)
                .ConfigureAwait(false);
        }
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

    private static async ValueTask<string> AccessTokenAsync(MailServerOptions options, CancellationToken cancellationToken)
    {
        if (options.AccessTokenProvider is { } provider)
        {
            return await provider(cancellationToken).ConfigureAwait(false);
        }

        return options.AccessToken
            ?? throw new InvalidOperationException("AuthMethod is OAuth2 but neither AccessToken nor AccessTokenProvider is set.");
    }

    private static SecureSocketOptions ToSocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown mail security."),
    };
}
