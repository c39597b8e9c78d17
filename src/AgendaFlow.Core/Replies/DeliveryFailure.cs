namespace AgendaFlow.Core.Replies;

/// <summary>A bounce: the invitation to <see cref="FailedRecipient"/> could not be delivered.</summary>
/// <param name="Status">The enhanced status code, e.g. "5.1.1", when the report has one.</param>
/// <param name="Diagnostic">The receiving server's own words, e.g. "smtp; 550 5.1.1 User unknown".</param>
/// <param name="OriginalMessageId">The Message-ID of the mail that bounced, when the report returns its headers.</param>
public sealed record DeliveryFailure(
    string? FailedRecipient,
    string? Status,
    string? Diagnostic,
    string? OriginalMessageId);
