using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Core;

namespace AgendaFlow.Integration.Tests.Infrastructure;

/// <summary>
/// The test's stand-in for Entra ID: a <see cref="TokenCredential"/> that mints short-lived JWTs (HS256) signed with
/// the key Dovecot trusts, for the given mailbox, as Exchange Online's tokens are short-lived bearer tokens. Counts
/// what it minted; can hand out an already expired token first, as a cache holding a revoked token would.
/// </summary>
public sealed class BearerTokens(byte[] key, string mailbox, TimeSpan lifetime) : TokenCredential
{
    private int _minted;
    private int _expiredFirst;

    public int Minted => _minted;

    public TimeSpan Lifetime { get; } = lifetime;

    /// <summary>The next <paramref name="count"/> tokens expired a minute ago.</summary>
    public BearerTokens ExpiredFirst(int count = 1)
    {
        _expiredFirst = count;
        return this;
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _minted);
        var now = DateTimeOffset.UtcNow;
        var expires = Interlocked.Decrement(ref _expiredFirst) >= 0 ? now.AddMinutes(-1) : now + Lifetime;
        // The cache is told the truth about a valid token's expiry; an expired one claims to be fresh, as a revoked one would.
        var claimed = expires < now ? now + Lifetime : expires;
        return new AccessToken(Mint(key, mailbox, now, expires), claimed);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    /// <summary>A token for any mailbox, for the test's own look into it.</summary>
    public static string Mint(byte[] key, string mailbox, DateTimeOffset now, DateTimeOffset expires)
    {
        var header = Encode(new { alg = "HS256", typ = "JWT" });
        var payload = Encode(new
        {
            aud = "https://outlook.office365.com",
            sub = "agendaflow-test-app",
            email = mailbox,
            iat = now.AddSeconds(-2).ToUnixTimeSeconds(),
            nbf = now.AddSeconds(-2).ToUnixTimeSeconds(),
            exp = expires.ToUnixTimeSeconds(),
        });
        var signature = Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
