using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>
/// Whether a request to the secretariat's page carries the key (<c>AgendaFlow__SecretariatKey</c>): in the link's
/// <c>?noegle=</c>, the <c>X-AgendaFlow-Key</c> header, or the cookie the first visit leaves. A browser that opens the
/// link gets the cookie (Secure, HttpOnly, SameSite=Strict) and is sent on to the address without the key, so the key
/// is not left in its history, in bookmarks or in the address bar. The cookie holds a hash of the key, not the key.
/// </summary>
public sealed record SecretariatAccess(bool Allowed, bool FromLink, bool FromCookie)
{
    public const string CookieName = "agendaflow-sekretariat";

    public const string QueryName = "noegle";

    public const string HeaderName = "X-AgendaFlow-Key";

    public static SecretariatAccess Of(HttpCall call, string? key) =>
        Of(key, call.Query.GetValueOrDefault(QueryName), call.Headers.GetValueOrDefault(HeaderName), call.Headers.GetValueOrDefault("Cookie"));

    /// <summary>
    /// The same decision on ASP.NET Core's request, for what runs before the page: the throttle of wrong keys counts
    /// only requests that do not carry the key.
    /// </summary>
    public static SecretariatAccess Of(HttpRequest request, string? key) =>
        Of(key, request.Query.TryGetValue(QueryName, out var link) ? link.ToString() : null,
            request.Headers.TryGetValue(HeaderName, out var header) ? header.ToString() : null,
            request.Headers.Cookie.Count > 0 ? request.Headers.Cookie.ToString() : null);

    private static SecretariatAccess Of(string? key, string? fromLink, string? fromHeader, string? cookies)
    {
        if (string.IsNullOrEmpty(key))
        {
            return new(false, false, false);
        }

        if (fromLink is not null)
        {
            return new(Same(key, fromLink), true, false);
        }

        if (fromHeader is not null)
        {
            return new(Same(key, fromHeader), false, false);
        }

        return CookieOf(cookies) is { } cookie
            ? new(CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CookieValue(key)), Encoding.ASCII.GetBytes(cookie)), false, true)
            : new(false, false, false);
    }

    /// <summary>
    /// A browser's own navigation (typed, bookmarked, opened from a mail program, or a link on the page itself) is
    /// redirected; a navigation from another site is not, since a SameSite=Strict cookie would not come with it.
    /// </summary>
    public static bool ShouldLeaveUrl(HttpCall call) =>
        string.Equals(call.Method, "GET", StringComparison.OrdinalIgnoreCase)
        && call.Headers.GetValueOrDefault("Sec-Fetch-Mode") == "navigate"
        && call.Headers.GetValueOrDefault("Sec-Fetch-Site") is "none" or "same-origin";

    public static string SetCookie(string key) =>
        $"{CookieName}={CookieValue(key)}; Path=/api/oversigt; Secure; HttpOnly; SameSite=Strict";

    /// <summary>The request's own address without the key.</summary>
    public static string UrlWithoutKey(HttpCall call)
    {
        var rest = call.Query.Where(q => !string.Equals(q.Key, QueryName, StringComparison.OrdinalIgnoreCase))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}")
            .ToList();
        return call.Url.AbsolutePath + (rest.Count == 0 ? "" : "?" + string.Join("&", rest));
    }

    private static bool Same(string key, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(given));

    private static string CookieValue(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("agendaflow-secretariat-cookie:" + key)));

    private static string? CookieOf(string? cookies)
    {
        foreach (var part in (cookies ?? "").Split(';'))
        {
            var pair = part.Trim();
            if (pair.StartsWith(CookieName + "=", StringComparison.Ordinal))
            {
                return pair[(CookieName.Length + 1)..];
            }
        }

        return null;
    }
}
