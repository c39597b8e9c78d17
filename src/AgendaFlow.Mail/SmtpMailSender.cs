using System.Net.Sockets;
using System.Runtime.CompilerServices;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace AgendaFlow.Mail;

/// <summary>
/// Sends batches of messages over one SMTP connection per batch and reports each message's fate,
/// so one refused address or a relay restart never loses track of the rest of the batch.
/// </summary>
public sealed class SmtpMailSender
{
    private readonly SmtpOptions _options;
    private readonly Func<ISmtpClient> _clientFactory;

    public SmtpMailSender(SmtpOptions options)
        : this(options, static () => new SmtpClient())
    {
    }

    /// <param name="clientFactory">Makes the MailKit client; lets a caller add a protocol logger or certificate policy.</param>
    public SmtpMailSender(SmtpOptions options, Func<ISmtpClient> clientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clientFactory);
        _options = options;
        _clientFactory = clientFactory;
    }

    /// <summary>
    /// Sends the messages one by one and yields each result as soon as the server has answered,
    /// so a caller can record "sent" before the next message goes out. The connection is opened
    /// on the first message and closed when the enumeration ends.
    /// </summary>
    public async IAsyncEnumerable<MailSendResult> SendEachAsync(
        IEnumerable<MimeMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);

        var session = new Session(this);
        try
        {
            foreach (var message in messages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return await session.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One batch's connection, with its single allowance for reconnecting.</summary>
    private sealed class Session(SmtpMailSender owner) : IAsyncDisposable
    {
        private ISmtpClient? _client;
        private MailAccessToken? _token;
        private bool _renewing;
        private bool _hasConnected;
        private bool _hasReconnected;
        private string? _lastLoss;

        // Once the server is unreachable and the one reconnect is spent, the rest of the batch
        // fails fast with the same reason instead of each message waiting for a timeout.
        private string? _unreachableReason;

        public async Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            while (true)
            {
                if (_client is { IsConnected: true } && _token is not null && owner._options.AccessTokens is { } tokens && _token.IsDue(tokens.Now))
                {
                    // A new session with a fresh token before the old one runs out, between two messages, so no
                    // message is ever half-sent when the server ends a session whose token expired.
                    await DropClientAsync().ConfigureAwait(false);
                    _renewing = true;
                }

                if (_unreachableReason is null && _client is null or { IsConnected: false })
                {
                    _unreachableReason = await EnsureConnectedAsync(cancellationToken).ConfigureAwait(false);
                }

                if (_unreachableReason is not null)
                {
                    return new MailSendResult(message, MailSendStatus.TransientFailure, _unreachableReason);
                }

                try
                {
                    var response = await _client!.SendAsync(message, cancellationToken).ConfigureAwait(false);
                    return new MailSendResult(message, MailSendStatus.Sent, response);
                }
                catch (SmtpCommandException ex)
                {
                    // The server answered; a 421 among these also closes the connection, which the
                    // next message notices and spends the reconnect on.
                    return new MailSendResult(message, Classify(ex), $"{(int)ex.StatusCode} {ex.Message}");
                }
                catch (Exception ex) when (IsConnectionLoss(ex))
                {
                    // Not knowing whether the server took the message, it is sent again on the new
                    // connection: a rare duplicate is better than a lost invitation.
                    _lastLoss = ex.Message;
                    await DropClientAsync().ConfigureAwait(false);
                }
                catch (InvalidOperationException ex)
                {
                    // MimeKit's verdict on the message itself, e.g. no sender or no recipients.
                    return new MailSendResult(message, MailSendStatus.PermanentFailure, ex.Message);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client is null)
            {
                return;
            }

            await MailConnection.CloseQuietlyAsync(_client, CancellationToken.None).ConfigureAwait(false);
            _client.Dispose();
            _client = null;
        }

        /// <summary>Opens the first connection, or spends the one reconnect; returns why not when it fails.</summary>
        private async Task<string?> EnsureConnectedAsync(CancellationToken cancellationToken)
        {
            if (_hasConnected && !_renewing)
            {
                if (_hasReconnected)
                {
                    return $"Connection lost again after reconnecting once: {_lastLoss ?? "closed by the server"}";
                }

                _hasReconnected = true;
            }

            await DropClientAsync().ConfigureAwait(false);
            var client = owner._clientFactory();
            try
            {
                _token = await MailConnection.OpenAsync(client, owner._options, cancellationToken).ConfigureAwait(false);
                _renewing = false;
                _client = client;
                _hasConnected = true;
                return null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                client.Dispose();
                var what = ex is MailKit.Security.AuthenticationException ? "Authentication failed" : "Cannot connect";
                var reason = $"{what} to {owner._options.Host}:{owner._options.EffectivePort}: {ex.Message}";
                return _lastLoss is null ? reason : $"{reason} (after the connection was lost: {_lastLoss})";
            }
        }

        private async Task DropClientAsync()
        {
            if (_client is null)
            {
                return;
            }

            await MailConnection.CloseQuietlyAsync(_client, CancellationToken.None).ConfigureAwait(false);
            _client.Dispose();
            _client = null;
        }

        private static MailSendStatus Classify(SmtpCommandException ex) =>
            (int)ex.StatusCode >= 500 ? MailSendStatus.PermanentFailure : MailSendStatus.Deferred;

        private static bool IsConnectionLoss(Exception ex) =>
            ex is IOException or SocketException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException;
    }
}
