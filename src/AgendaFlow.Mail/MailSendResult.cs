using MimeKit;

namespace AgendaFlow.Mail;

public enum MailSendStatus
{
    /// <summary>The server accepted the message; it must never be sent again.</summary>
    Sent,

    /// <summary>
    /// The server answered with a 4xx: it is throttling (Exchange Online over its per-minute or per-day limit, Postfix
    /// over its rate limit) or briefly unable. Not the mail's fault: try later, and do not count it toward giving up.
    /// </summary>
    Deferred,

    /// <summary>Not sent, and trying later may work (server unreachable, connection lost, login refused).</summary>
    TransientFailure,

    /// <summary>The server refused the message for good (5xx answer, no recipients); retrying will not help.</summary>
    PermanentFailure,
}

/// <summary>What happened to one message of a batch; <see cref="ServerResponse"/> is the server's own words when it said any.</summary>
public sealed record MailSendResult(MimeMessage Message, MailSendStatus Status, string? ServerResponse)
{
    public bool IsSent => Status == MailSendStatus.Sent;
}
