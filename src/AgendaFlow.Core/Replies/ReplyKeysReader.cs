using System.Text.RegularExpressions;
using MimeKit;

namespace AgendaFlow.Core.Replies;

/// <summary>Reads the keys a reply is matched to its invitation by.</summary>
public static partial class ReplyKeysReader
{
    public static ReplyKeys Read(MimeMessage message, CalendarReply? calendar = null) =>
        new(
            PlusToken: PlusTokenOf(message),
            InReplyTo: string.IsNullOrWhiteSpace(message.InReplyTo) ? null : message.InReplyTo,
            References: message.References.ToList(),
            CalendarUid: calendar?.Uid,
            SenderAddress: SenderOf(message),
            MessageId: string.IsNullOrWhiteSpace(message.MessageId) ? null : message.MessageId);

    public static string? SenderOf(MimeMessage message) =>
        (message.From.Mailboxes.FirstOrDefault()?.Address ?? message.Sender?.Address)?.Trim().ToLowerInvariant();

    /// <summary>
    /// The TOKEN of <c>dagsorden+TOKEN@domain</c>. Delivered-To and X-Original-To come first: the server
    /// wrote them, while To is what the participant's client kept (and may be the bare mailbox).
    /// </summary>
    public static string? PlusTokenOf(MimeMessage message)
    {
        foreach (var field in AddressHeaders)
        {
            foreach (var header in message.Headers.Where(h => string.Equals(h.Field, field, StringComparison.OrdinalIgnoreCase)))
            {
                var match = PlusAddress().Match(header.Value ?? string.Empty);
                if (match.Success)
                {
                    return match.Groups["token"].Value;
                }
            }
        }

        // A bounce returns the invitation's own headers; its Reply-To carries the token.
        foreach (var returned in message.BodyParts.OfType<MessagePart>().Select(p => p.Message).OfType<MimeMessage>())
        {
            foreach (var field in (string[])["Reply-To", "From", "Return-Path"])
            {
                var match = PlusAddress().Match(returned.Headers[field] ?? string.Empty);
                if (match.Success)
                {
                    return match.Groups["token"].Value;
                }
            }
        }

        return null;
    }

    private static readonly string[] AddressHeaders =
        ["Delivered-To", "X-Original-To", "X-Delivered-To", "Envelope-To", "X-Envelope-To", "To", "Cc"];

    [GeneratedRegex(@"(?<![A-Za-z0-9._%\-])[A-Za-z0-9._%\-]+\+(?<token>[A-Za-z0-9._=\-]+)@[A-Za-z0-9.\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex PlusAddress();
}
