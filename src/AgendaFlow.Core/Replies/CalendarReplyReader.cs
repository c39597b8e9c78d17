using System.Text;
using Ical.Net.DataTypes;
using MimeKit;
using IcalCalendar = Ical.Net.Calendar;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Reads the text/calendar part of a reply with Ical.Net: METHOD, UID, DTSTART, the sender's ATTENDEE line with its
/// PARTSTAT (and DELEGATED-TO), and COMMENT, unfolded and unescaped as RFC 5545 says.
/// </summary>
public static class CalendarReplyReader
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The calendar reply in <paramref name="message"/>, or null when it has no METHOD:REPLY part.</summary>
    public static CalendarReply? Read(MimeMessage message, string? senderAddress = null)
    {
        LegacyCharsets.EnsureRegistered();
        foreach (var part in message.BodyParts.OfType<MimePart>())
        {
            if (!IsCalendar(part))
            {
                continue;
            }

            var text = part is TextPart textPart ? textPart.Text : DecodeAsUtf8(part);
            var reply = Parse(text, senderAddress);
            if (reply is not null)
            {
                return reply;
            }
        }

        return null;
    }

    /// <summary>Parses iCalendar text; null unless it is a METHOD:REPLY with an attendee.</summary>
    public static CalendarReply? Parse(string calendarText, string? senderAddress = null)
    {
        IcalCalendar? calendar;
        try
        {
            calendar = IcalCalendar.Load(calendarText);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A broken calendar part (Ical.Net throws several kinds of exception) is no answer; the text may still be one.
            return null;
        }

        if (calendar is null || !string.Equals(calendar.Method?.Trim(), "REPLY", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var evt = calendar.Events.FirstOrDefault();
        var attendees = evt?.Attendees.ToList() ?? [];
        if (evt is null || attendees.Count == 0)
        {
            return null;
        }

        // A delegating reply lists the delegate too (DELEGATED-FROM); the answer is the sender's own line.
        var own = attendees.FirstOrDefault(a => senderAddress is not null && string.Equals(AddressOf(a), senderAddress, StringComparison.OrdinalIgnoreCase))
            ?? attendees.FirstOrDefault(a => a.DelegatedFrom.Count == 0 && !string.IsNullOrEmpty(a.ParticipationStatus))
            ?? attendees[0];

        var delegatedTo = StripMailto(own.DelegatedTo.FirstOrDefault());
        var delegateName = delegatedTo is null
            ? null
            : attendees.FirstOrDefault(a => string.Equals(AddressOf(a), delegatedTo, StringComparison.OrdinalIgnoreCase))?.CommonName;
        var comment = string.Join("\n", evt.Comments ?? []).Trim();

        return new CalendarReply(
            Uid: string.IsNullOrWhiteSpace(evt.Uid) ? null : evt.Uid.Trim(),
            Status: ParseStatus(own.ParticipationStatus),
            AttendeeAddress: AddressOf(own),
            DelegatedTo: delegatedTo,
            DelegateName: string.IsNullOrWhiteSpace(delegateName) ? null : delegateName,
            Comment: comment.Length == 0 ? null : comment)
        {
            Start = LocalStart(evt.DtStart),
        };
    }

    /// <summary>The start as a clock in Copenhagen shows it: a TZID time as written, a UTC time converted.</summary>
    private static TimeOnly? LocalStart(CalDateTime? start)
    {
        if (start is null || !start.HasTime)
        {
            return null;
        }

        return start.IsUtc
            ? TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(start.AsUtc, Copenhagen))
            : start.Time;
    }

    private static string? AddressOf(Attendee attendee) => StripMailto(attendee.Value?.OriginalString);

    private static bool IsCalendar(MimePart part) =>
        part.ContentType.IsMimeType("text", "calendar")
        || part.ContentType.IsMimeType("application", "ics")
        || (part.FileName?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ?? false);

    private static string DecodeAsUtf8(MimePart part)
    {
        using var buffer = new MemoryStream();
        part.Content?.DecodeTo(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static ParticipationStatus ParseStatus(string? partstat) => partstat?.Trim().ToUpperInvariant() switch
    {
        "ACCEPTED" => ParticipationStatus.Accepted,
        "DECLINED" => ParticipationStatus.Declined,
        "TENTATIVE" => ParticipationStatus.Tentative,
        "DELEGATED" => ParticipationStatus.Delegated,
        "NEEDS-ACTION" => ParticipationStatus.NeedsAction,
        _ => ParticipationStatus.Other,
    };

    internal static string? StripMailto(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var address = value.Trim().Trim('"').Trim();
        if (address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            address = address["mailto:".Length..];
        }

        return address.Length == 0 ? null : address.ToLowerInvariant();
    }
}
