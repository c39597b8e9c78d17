namespace AgendaFlow.Core.Sending;

/// <summary>
/// What the mail relay allows one mailbox to send: at most <see cref="MessagesPerWindow"/> messages in any
/// <see cref="Window"/> (Exchange Online: 30 a minute) and at most <see cref="RecipientsPerDay"/> recipients in any
/// 24 hours (Exchange Online: 10,000). Zero means no limit.
/// </summary>
public sealed record SendingLimits(int MessagesPerWindow, TimeSpan Window, int RecipientsPerDay)
{
    public static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public static readonly SendingLimits None = new(0, TimeSpan.FromMinutes(1), 0);

    public bool IsLimited => MessagesPerWindow > 0 || RecipientsPerDay > 0;

    /// <summary>Sends are counted in slots of a twelfth of the window: a sliding window, counted without a row per mail.</summary>
    public TimeSpan MessageSlot => Window / 12;

    /// <summary>Recipients are counted per hour of the day window.</summary>
    public TimeSpan RecipientSlot => Day / 24;
}
