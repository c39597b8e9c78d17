using System.Globalization;

namespace AgendaFlow.Core.Sending;

/// <summary>
/// What has been sent lately through one relay mailbox, counted in time slots, and whether the relay asked for a
/// pause. Decides how much may go now within <see cref="SendingLimits"/> and when the next may go. A slot is counted
/// whole while any part of it is inside the window, so no sliding window ever holds more than the limit: it may
/// wait up to one slot longer than needed, never send one too many. Immutable; the store keeps it in one row that all
/// instances share.
/// </summary>
public sealed record SendLedger(
    IReadOnlyDictionary<long, int> MessageSlots,
    IReadOnlyDictionary<long, int> RecipientSlots,
    DateTimeOffset HeldUntil)
{
    public static readonly SendLedger Empty = new(new Dictionary<long, int>(), new Dictionary<long, int>(), DateTimeOffset.MinValue);

    /// <summary>
    /// How many of the mails (each with its recipient count, in sending order) may go now, the ledger with them
    /// counted, and, when not all may go, the earliest moment the next could.
    /// </summary>
    public SendGrant Grant(SendingLimits limits, IReadOnlyList<int> recipients, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(recipients);
        if (now < HeldUntil)
        {
            return new SendGrant(0, HeldUntil, this);
        }

        var messagesUsed = limits.MessagesPerWindow > 0 ? Used(MessageSlots, limits.MessageSlot, limits.Window, now) : 0;
        var recipientsUsed = limits.RecipientsPerDay > 0 ? Used(RecipientSlots, limits.RecipientSlot, SendingLimits.Day, now) : 0;
        int granted = 0, recipientsGranted = 0;
        DateTimeOffset? next = null;
        while (granted < recipients.Count)
        {
            if (limits.MessagesPerWindow > 0 && messagesUsed + granted >= limits.MessagesPerWindow)
            {
                next = FreesAt(MessageSlots, limits.MessageSlot, limits.Window, now, granted);
                break;
            }

            // A mail with more recipients than a whole day allows can only go into an empty day.
            var wanted = recipients[granted];
            if (limits.RecipientsPerDay > 0 && recipientsUsed + recipientsGranted + wanted > limits.RecipientsPerDay
                && recipientsUsed + recipientsGranted > 0)
            {
                next = FreesAt(RecipientSlots, limits.RecipientSlot, SendingLimits.Day, now, recipientsGranted);
                break;
            }

            recipientsGranted += wanted;
            granted++;
        }

        var ledger = this with
        {
            MessageSlots = Add(Prune(MessageSlots, limits.MessageSlot, limits.Window, now), Slot(now, limits.MessageSlot), granted),
            RecipientSlots = Add(Prune(RecipientSlots, limits.RecipientSlot, SendingLimits.Day, now), Slot(now, limits.RecipientSlot), recipientsGranted),
        };
        return new SendGrant(granted, next, ledger);
    }

    /// <summary>The relay said "too much": nobody sends before <paramref name="until"/>.</summary>
    public SendLedger HoldUntil(DateTimeOffset until) => until > HeldUntil ? this with { HeldUntil = until } : this;

    /// <summary>
    /// When the last of these mails (recipient counts, in sending order, after everything already counted) will have
    /// gone, if nothing else is sent meanwhile and the relay keeps to its limits: what the chair is told.
    /// </summary>
    public DateTimeOffset EstimateLast(SendingLimits limits, IReadOnlyList<int> recipients, DateTimeOffset now)
    {
        var ledger = this;
        var at = now;
        var left = recipients;
        for (var guard = 0; left.Count > 0 && guard < 100_000; guard++)
        {
            var grant = ledger.Grant(limits, left, at);
            left = left.Skip(grant.Granted).ToList();
            ledger = grant.Ledger;
            if (left.Count > 0)
            {
                at = grant.NextAt ?? at;
            }
        }

        return at;
    }

    /// <summary>Slots written as <c>slot:count</c> pairs, for one table column.</summary>
    public static string Format(IReadOnlyDictionary<long, int> slots) =>
        string.Join(';', slots.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}:{s.Value}")));

    public static IReadOnlyDictionary<long, int> ParseSlots(string? text)
    {
        var slots = new Dictionary<long, int>();
        foreach (var pair in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var slot)
                && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var count))
            {
                slots[slot] = count;
            }
        }

        return slots;
    }

    private static long Slot(DateTimeOffset at, TimeSpan slot) => at.UtcTicks / slot.Ticks;

    /// <summary>The first slot that still overlaps the window ending now.</summary>
    private static long FirstLive(DateTimeOffset now, TimeSpan slot, TimeSpan window) => Slot(now - window, slot);

    private static int Used(IReadOnlyDictionary<long, int> slots, TimeSpan slot, TimeSpan window, DateTimeOffset now)
    {
        var first = FirstLive(now, slot, window);
        return slots.Where(s => s.Key >= first).Sum(s => s.Value);
    }

    /// <summary>When enough counted sends have left the window for one more (the ones granted now count from now).</summary>
    private static DateTimeOffset FreesAt(IReadOnlyDictionary<long, int> slots, TimeSpan slot, TimeSpan window, DateTimeOffset now, int grantedNow)
    {
        var first = FirstLive(now, slot, window);
        var live = slots.Where(s => s.Key >= first && s.Value > 0).OrderBy(s => s.Key).ToList();
        if (live.Count == 0 || (grantedNow > 0 && live.Count == 1 && live[0].Key == Slot(now, slot)))
        {
            return new DateTimeOffset((Slot(now, slot) + 1) * slot.Ticks, TimeSpan.Zero) + window;
        }

        // The oldest counted slot leaves the window once the window's start has passed its end.
        return new DateTimeOffset((live[0].Key + 1) * slot.Ticks, TimeSpan.Zero) + window;
    }

    private static Dictionary<long, int> Prune(IReadOnlyDictionary<long, int> slots, TimeSpan slot, TimeSpan window, DateTimeOffset now)
    {
        var first = FirstLive(now, slot, window);
        return slots.Where(s => s.Key >= first).ToDictionary(s => s.Key, s => s.Value);
    }

    private static Dictionary<long, int> Add(Dictionary<long, int> slots, long slot, int count)
    {
        if (count > 0)
        {
            slots[slot] = slots.GetValueOrDefault(slot) + count;
        }

        return slots;
    }
}

/// <summary>How many mails may go now, when the next may (null when all may), and the ledger with them counted.</summary>
public sealed record SendGrant(int Granted, DateTimeOffset? NextAt, SendLedger Ledger);
