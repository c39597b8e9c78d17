using System.Globalization;
using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>When the meeting starts, as the quoted invitation below the answer says ("kl. 10.30-14.00").</summary>
internal static partial class MeetingTimes
{
    public static TimeOnly? StartInQuote(string body, string newText)
    {
        var at = newText.Length == 0 ? -1 : body.IndexOf(newText, StringComparison.Ordinal);
        var quote = at < 0 ? body : body[(at + newText.Length)..];
        var match = StartTime().Match(quote);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"\b(?:kl\.?|klokken|at)\s*(?<h>\d{1,2})[.:](?<m>\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartTime();
}
