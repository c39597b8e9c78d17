using Azure.Core;

namespace AgendaFlow.Mail;

/// <summary>
/// Access tokens for SMTP AUTH and IMAP from Entra ID (or any <see cref="TokenCredential"/>): one token is shared
/// and cached until it is due for renewal, which is a quarter of its lifetime (at most five minutes) before it
/// expires, or earlier when the credential says so. A token the server refused is dropped, so the next ask fetches
/// a new one. Safe for concurrent use.
/// </summary>
public sealed class AccessTokenSource
{
    /// <summary>Exchange Online's scope for app-only SMTP AUTH, IMAP and POP.</summary>
    public const string ExchangeOnlineScope = "https://outlook.office365.com/.default";

    private static readonly TimeSpan MaxMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MailAccessToken? _current;

    public AccessTokenSource(TokenCredential credential, string scope = ExchangeOnlineScope, string? tenantId = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        _credential = credential;
        _request = new TokenRequestContext([scope], tenantId: string.IsNullOrWhiteSpace(tenantId) ? null : tenantId);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>How many tokens were fetched from the credential: each renewal is one.</summary>
    public int Fetched { get; private set; }

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>The cached token while it is not due for renewal, otherwise a new one from the credential.</summary>
    public async ValueTask<MailAccessToken> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } cached && !cached.IsDue(Now))
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } fresh && !fresh.IsDue(Now))
            {
                return fresh;
            }

            var fetchedAt = Now;
            var token = await _credential.GetTokenAsync(_request, cancellationToken).ConfigureAwait(false);
            Fetched++;
            _current = new MailAccessToken(token.Token, token.ExpiresOn, RenewAt(fetchedAt, token));
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The server refused this token: it is not handed out again.</summary>
    public void Reject(MailAccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        _gate.Wait();
        try
        {
            if (ReferenceEquals(_current, token))
            {
                _current = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static DateTimeOffset RenewAt(DateTimeOffset fetchedAt, AccessToken token)
    {
        var lifetime = token.ExpiresOn - fetchedAt;
        var margin = lifetime <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(MaxMargin.Ticks, lifetime.Ticks / 4));
        var renewAt = token.ExpiresOn - margin;
        return token.RefreshOn is { } refreshOn && refreshOn < renewAt ? refreshOn : renewAt;
    }
}
