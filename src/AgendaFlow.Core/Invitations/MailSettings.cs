namespace AgendaFlow.Core.Invitations;

/// <summary>
/// What every outgoing mail needs to know about this installation: the agenda mailbox's address (invitations come
/// from it and replies go to its plus-addresses) and the base of every link.
/// </summary>
public sealed record MailSettings(string FromAddress, Uri PublicBaseUrl, string FromName = "AgendaFlow")
{
    public string Domain => FromAddress[(FromAddress.IndexOf('@') + 1)..];

    /// <summary><c>dagsorden+TOKEN@region.example</c> for <c>dagsorden@region.example</c>.</summary>
    public string ReplyAddress(ReplyToken token)
    {
        var at = FromAddress.IndexOf('@');
        return $"{FromAddress[..at]}+{token.Value}{FromAddress[at..]}";
    }

    /// <summary>A one-click answer; the base may carry a path of its own (a reverse proxy's prefix, say).</summary>
    public Uri RsvpLink(ReplyToken token, string answer) =>
        new($"{PublicBaseUrl.AbsoluteUri.TrimEnd('/')}/api/rsvp/{token.Value}?svar={Uri.EscapeDataString(answer)}");
}
