using System.Text.RegularExpressions;
using MimeKit;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Recognises bounces: RFC 3464 delivery status reports (multipart/report; report-type=delivery-status)
/// and the older free-text bounces from mailer daemons. Delays ("Action: delayed") are not failures.
/// </summary>
public static partial class DeliveryFailureDetector
{
    /// <summary>The failure, or null when the message is not a bounce (or reports only a delay or success).</summary>
    public static DeliveryFailure? Detect(MimeMessage message)
    {
        LegacyCharsets.EnsureRegistered();
        var statusPart = message.BodyParts.OfType<MessageDeliveryStatus>().FirstOrDefault();
        if (statusPart is not null)
        {
            return FromStatusReport(message, statusPart);
        }

        if (!LooksLikeBounce(message))
        {
            return null;
        }

        var text = message.TextBody ?? HtmlText.ToPlainText(message.HtmlBody ?? string.Empty);
        var sender = message.From.Mailboxes.FirstOrDefault()?.Address;
        var recipient = EmailAddress().Matches(text)
            .Select(m => m.Value.TrimEnd('.'))
            .FirstOrDefault(a => !string.Equals(a, sender, StringComparison.OrdinalIgnoreCase));
        var diagnostic = SmtpReply().Match(text);
        return new DeliveryFailure(
            recipient?.ToLowerInvariant(),
            EnhancedStatus().Match(text) is { Success: true } status ? status.Value : null,
            diagnostic.Success ? diagnostic.Value.Trim() : null,
            ReturnedMessageId(message));
    }

    private static DeliveryFailure? FromStatusReport(MimeMessage message, MessageDeliveryStatus statusPart)
    {
        // Group 0 describes the reporting MTA; each later group is one recipient.
        var recipients = statusPart.StatusGroups.Skip(1).ToList();
        if (recipients.Count == 0)
        {
            return new DeliveryFailure(null, null, null, ReturnedMessageId(message));
        }

        var failed = recipients.FirstOrDefault(g => IsFailed(g["Action"], g["Status"]));
        if (failed is null)
        {
            return null;
        }

        var recipient = AddressOf(failed["Final-Recipient"]) ?? AddressOf(failed["Original-Recipient"]);
        // Diagnostic-Code is often folded over several lines.
        var diagnostic = failed["Diagnostic-Code"] is { } code ? string.Join(' ', code.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)) : null;
        return new DeliveryFailure(
            recipient,
            failed["Status"]?.Trim(),
            string.IsNullOrEmpty(diagnostic) ? null : diagnostic,
            ReturnedMessageId(message));
    }

    private static bool IsFailed(string? action, string? status)
    {
        if (!string.IsNullOrWhiteSpace(action))
        {
            return action.Trim().Equals("failed", StringComparison.OrdinalIgnoreCase);
        }

        return status?.Trim().StartsWith('5') ?? false;
    }

    /// <summary>"rfc822; user@example" → "user@example".</summary>
    private static string? AddressOf(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return null;
        }

        var semicolon = field.IndexOf(';', StringComparison.Ordinal);
        var address = (semicolon >= 0 ? field[(semicolon + 1)..] : field).Trim().Trim('<', '>').Trim();
        return address.Length == 0 ? null : address.ToLowerInvariant();
    }

    private static string? ReturnedMessageId(MimeMessage message)
    {
        foreach (var part in message.BodyParts)
        {
            // text/rfc822-headers is a MessagePart too: both carry the returned headers.
            if (part is MessagePart { Message: { } returned } && !string.IsNullOrEmpty(returned.MessageId))
            {
                return returned.MessageId;
            }
        }

        return null;
    }

    private static bool LooksLikeBounce(MimeMessage message)
    {
        var from = message.From.Mailboxes.FirstOrDefault()?.Address ?? string.Empty;
        var fromDaemon = DaemonSender().IsMatch(from);
        var subject = message.Subject ?? string.Empty;
        return BounceSubject().IsMatch(subject) && (fromDaemon || message.Headers["Auto-Submitted"] is not null || message.Headers["X-Failed-Recipients"] is not null)
            || (fromDaemon && message.Headers["X-Failed-Recipients"] is not null);
    }

    [GeneratedRegex(@"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|microsoftexchange[0-9a-f]*)@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaemonSender();

    [GeneratedRegex(
        @"^\s*(undeliverable|undelivered|kan ikke leveres|ikke leveret|levering mislykkedes|returned mail|mail delivery failed|delivery status notification \(failure\)|delivery failure|failure notice|unzustellbar|olevererbart|non remis)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BounceSubject();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\b[245]\.\d{1,3}\.\d{1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnhancedStatus();

    [GeneratedRegex(@"\b[45]\d\d[ -][^\r\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex SmtpReply();
}
