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

    /// <summary>Sends every message and returns one result per message, in order.</summary>
    public async Task<IReadOnlyList<MailSendResult>> SendBatchAsync(
        IEnumerable<MimeMessage> messages, CancellationToken cancellationToken = default)
    {
        var results = new List<MailSendResult>();
        await foreach (var result in SendEachAsync(messages, cancellationToken).ConfigureAwait(false))
        {
            results.Add(result);
        }

        return results;
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
        private bool _hasReconnected;

        // Once the server is unreachable and the one reconnect is spent, the rest of the batch
        // fails fast with the same reason instead of each message waiting for a timeout.
        private string? _unreachableReason;

        public async Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (_unreachableReason is not null)
            {
                return new MailSendResult(message, MailSendStatus.TransientFailure, _unreachableReason);
            }

            while (true)
            {
                if (_client is null or { IsConnected: false })
                {
                    var connectFailure = await TryConnectAsync(cancellationToken).ConfigureAwait(false);
                    if (connectFailure is not null)
                    {
                        _unreachableReason = connectFailure;
                        return new MailSendResult(message, MailSendStatus.TransientFailure, connectFailure);
                    }
                }

                try
                {
                    var response = await _client!.SendAsync(message, cancellationToken).ConfigureAwait(false);
                    return new MailSendResult(message, MailSendStatus.Sent, response);
                }
                catch (SmtpCommandException ex)
                {
                    return new MailSendResult(message, Classify(ex), $"{(int)ex.StatusCode} {ex.Message}");
                }
                catch (Exception ex) when (IsConnectionLoss(ex))
                {
                    await DropClientAsync().ConfigureAwait(false);
                    if (_hasReconnected)
                    {
                        _unreachableReason = $"Connection lost: {ex.Message}";
                        return new MailSendResult(message, MailSendStatus.TransientFailure, _unreachableReason);
                    }

                    _hasReconnected = true;
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

        private async Task<string?> TryConnectAsync(CancellationToken cancellationToken)
        {
            await DropClientAsync().ConfigureAwait(false);
            var client = owner._clientFactory();
            try
            {
                await MailConnection.OpenAsync(client, owner._options, cancellationToken).ConfigureAwait(false);
                _client = client;
                return null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                client.Dispose();
                var what = ex is MailKit.Security.AuthenticationException ? "Authentication failed" : "Cannot connect";
                return $"{what} to {owner._options.Host}:{owner._options.EffectivePort}: {ex.Message}";
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
            (int)ex.StatusCode >= 500 ? MailSendStatus.PermanentFailure : MailSendStatus.TransientFailure;

        private static bool IsConnectionLoss(Exception ex) =>
            ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException;
    }
}
