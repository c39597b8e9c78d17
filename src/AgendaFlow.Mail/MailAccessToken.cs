namespace AgendaFlow.Mail;

/// <summary>
/// An OAuth2 access token for a mail server, with the moment it should be replaced: before it expires, so a
/// connection is never opened (or kept) on a token about to run out.
/// </summary>
public sealed record MailAccessToken(string Token, DateTimeOffset ExpiresOn, DateTimeOffset RenewAt)
{
    public bool IsDue(DateTimeOffset now) => now >= RenewAt;
}
