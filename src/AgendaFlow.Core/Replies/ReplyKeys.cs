namespace AgendaFlow.Core.Replies;

/// <summary>What a later step matches a reply to an invitation by.</summary>
/// <param name="PlusToken">TOKEN from <c>dagsorden+TOKEN@domain</c> in Delivered-To, X-Original-To, To or Cc.</param>
/// <param name="InReplyTo">The Message-ID the reply answers, without angle brackets.</param>
/// <param name="References">The References chain, oldest first, without angle brackets.</param>
/// <param name="CalendarUid">The UID of a calendar reply (METHOD:REPLY).</param>
/// <param name="SenderAddress">The sender's address in lower case.</param>
/// <param name="MessageId">The reply's own Message-ID, so the same mail is not counted twice.</param>
public sealed record ReplyKeys(
    string? PlusToken,
    string? InReplyTo,
    IReadOnlyList<string> References,
    string? CalendarUid,
    string? SenderAddress,
    string? MessageId);
