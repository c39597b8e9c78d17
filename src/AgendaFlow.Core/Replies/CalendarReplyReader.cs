using System.Text;
using MimeKit;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Reads the text/calendar part of a reply by hand: unfold lines, then METHOD, UID, ATTENDEE;PARTSTAT
/// and COMMENT. A full iCalendar library is not needed for four properties.
/// </summary>
public static class CalendarReplyReader
{
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
        var properties = Unfold(calendarText).Select(CalendarLine.Parse).OfType<CalendarLine>().ToList();
        var method = properties.FirstOrDefault(p => p.Name == "METHOD")?.Value.Trim();
        if (!string.Equals(method, "REPLY", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var attendees = properties.Where(p => p.Name == "ATTENDEE").ToList();
        if (attendees.Count == 0)
        {
            return null;
        }

        // A delegating reply lists the delegate too (DELEGATED-FROM); the answer is the sender's own line.
        var own = attendees.FirstOrDefault(a => senderAddress is not null && string.Equals(a.MailAddress, senderAddress, StringComparison.OrdinalIgnoreCase))
            ?? attendees.FirstOrDefault(a => a.Parameter("DELEGATED-FROM") is null && a.Parameter("PARTSTAT") is not null)
            ?? attendees[0];

        var delegatedTo = StripMailto(own.Parameter("DELEGATED-TO"));
        var delegateName = delegatedTo is null
            ? null
            : attendees.FirstOrDefault(a => string.Equals(a.MailAddress, delegatedTo, StringComparison.OrdinalIgnoreCase))?.Parameter("CN");

        return new CalendarReply(
            Uid: properties.FirstOrDefault(p => p.Name == "UID")?.Value.Trim(),
            Status: ParseStatus(own.Parameter("PARTSTAT")),
            AttendeeAddress: own.MailAddress,
            DelegatedTo: delegatedTo,
            DelegateName: string.IsNullOrWhiteSpace(delegateName) ? null : delegateName,
            Comment: Unescape(properties.FirstOrDefault(p => p.Name == "COMMENT")?.Value));
    }

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

    /// <summary>RFC 5545 §3.1: a line break followed by a space or tab continues the previous line.</summary>
    internal static IEnumerable<string> Unfold(string text)
    {
        var current = new StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t'))
            {
                current.Append(raw, 1, raw.Length - 1);
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }

            current.Clear().Append(raw.TrimEnd('\r'));
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

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

    private static string? Unescape(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : text.Replace("\\n", "\n", StringComparison.OrdinalIgnoreCase)
                .Replace("\\,", ",", StringComparison.Ordinal)
                .Replace("\\;", ";", StringComparison.Ordinal)
                .Replace("\\\\", "\\", StringComparison.Ordinal)
                .Trim();

    /// <summary>One content line: NAME;PARAM=VALUE;PARAM="VALUE":value.</summary>
    private sealed record CalendarLine(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
    {
        public string? MailAddress => StripMailto(Value);

        public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

        public static CalendarLine? Parse(string line)
        {
            // The value starts at the first colon outside a quoted parameter value.
            var inQuotes = false;
            var colon = -1;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '"')
                {
                    inQuotes = !inQuotes;
                }
                else if (line[i] == ':' && !inQuotes)
                {
                    colon = i;
                    break;
                }
            }

            if (colon <= 0)
            {
                return null;
            }

            var head = SplitOutsideQuotes(line[..colon], ';');
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in head.Skip(1))
            {
                var equals = parameter.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    parameters[parameter[..equals].Trim()] = parameter[(equals + 1)..].Trim().Trim('"');
                }
            }

            return new CalendarLine(head[0].Trim().ToUpperInvariant(), parameters, line[(colon + 1)..]);
        }

        private static List<string> SplitOutsideQuotes(string text, char separator)
        {
            var parts = new List<string>();
            var inQuotes = false;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '"')
                {
                    inQuotes = !inQuotes;
                }
                else if (text[i] == separator && !inQuotes)
                {
                    parts.Add(text[start..i]);
                    start = i + 1;
                }
            }

            parts.Add(text[start..]);
            return parts;
        }
    }
}
