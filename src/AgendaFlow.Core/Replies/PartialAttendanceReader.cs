using System.Globalization;
using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>Reads the details of partial attendance: when the participant arrives or leaves, and which items.</summary>
internal static partial class PartialAttendanceReader
{
    public static PartialAttendance Read(IEnumerable<TextCue> cues)
    {
        var arrivesLate = false;
        var leavesEarly = false;
        TimeOnly? arrivesAt = null;
        TimeOnly? leavesAt = null;
        var items = new List<string>();
        foreach (var cue in cues.Where(c => c.IsPartial))
        {
            switch (cue.Kind)
            {
                case TextCueKind.ArrivesLate or TextCueKind.ArrivesAt:
                    arrivesLate = true;
                    arrivesAt ??= FirstTime(cue.Sentence, preferAfter: ArrivalWord());
                    break;
                case TextCueKind.LeavesEarly:
                    leavesEarly = true;
                    leavesAt ??= FirstTime(cue.Sentence, preferAfter: LeaveWord());
                    break;
                case TextCueKind.OnlyItems:
                    foreach (var item in ItemsIn(cue.Sentence).Where(i => !items.Contains(i)))
                    {
                        items.Add(item);
                    }

                    break;
            }
        }

        return new PartialAttendance(arrivesLate, arrivesAt, leavesEarly, leavesAt, items);
    }

    /// <summary>The time after the arrival or leaving word when there is one, so "kommer kl. 11, går kl. 13" reads both right.</summary>
    private static TimeOnly? FirstTime(string sentence, Regex preferAfter)
    {
        var lower = sentence.ToLowerInvariant();
        var anchor = preferAfter.Match(lower);
        var from = anchor.Success ? anchor.Index : 0;
        return TimeIn(lower[from..]) ?? TimeIn(lower);
    }

    internal static TimeOnly? TimeIn(string text)
    {
        var match = Time().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["pm"].Success && hour < 12)
        {
            hour += 12;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static IEnumerable<string> ItemsIn(string sentence)
    {
        foreach (Match list in ItemList().Matches(sentence.ToLowerInvariant()))
        {
            foreach (Match number in ItemNumber().Matches(list.Groups["numbers"].Value))
            {
                yield return Whitespace().Replace(number.Value, string.Empty).Replace('–', '-');
            }
        }
    }

    [GeneratedRegex(@"(?:\bkl\.?|\bklokken|\bat|\baround|\bby|\bomkring|\bca\.?|\bfra|\bfrom|\btil|\buntil)\s*(?<h>\d{1,2})(?:[.:](?<m>\d{2}))?\s*(?:(?<pm>pm)|am)?\b|\b(?<h>\d{1,2})[.:](?<m>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(kommer|ankommer|først|forsinket|støder|arrive|join|late|fra|from)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArrivalWord();

    [GeneratedRegex(@"\b(gå|går|smutte|smutter|forlade|forlader|af\s+sted|hjem|til|indtil|leave|leaving|until|till)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeaveWord();

    [GeneratedRegex(@"\b(?:punkt(?:erne)?|pkt\.?|dagsordens?punkt(?:erne|et)?|items?|agenda\s+items?)\s*(?<numbers>\d+(?:\.\d+)?(?:\s*(?:,|og|and|&|-|–|samt)\s*\d+(?:\.\d+)?)*)", RegexOptions.CultureInvariant)]
    private static partial Regex ItemList();

    // A range stays one item ("3-5"), so no number is invented between its ends.
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumber();
}
