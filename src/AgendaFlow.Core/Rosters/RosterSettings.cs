using System.Text.RegularExpressions;
using AgendaFlow.Core.Attendance;

namespace AgendaFlow.Core.Rosters;

/// <summary>
/// The optional rows above a roster's header, a label and a value each: <c>Udvalg;Sundhedsstyregruppen</c> (the
/// committee's name as people write it) and <c>Beslutningsdygtig;4</c> (at least 4 seats filled; or
/// <c>mere end halvdelen</c>, the default).
/// </summary>
internal static partial class RosterSettings
{
    public static bool IsDisplayName(string label) => Label(label) is "udvalg" or "udvalgets navn" or "navn på udvalget" or "committee";

    public static bool IsQuorum(string label) => Label(label) is "beslutningsdygtig" or "beslutningsdygtighed" or "quorum";

    /// <summary>"4", "mindst 4", "4 medlemmer", or "mere end halvdelen"; null when it says neither.</summary>
    public static QuorumRule? Quorum(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        if (text.Contains("halvdel"))
        {
            return QuorumRule.MoreThanHalf;
        }

        var m = Number().Match(text);
        return m.Success && int.TryParse(m.Groups["n"].Value, out var n) && n > 0 ? new QuorumRule(n) : null;
    }

    private static string Label(string label) => label.Trim().TrimEnd(':').Trim().ToLowerInvariant();

    [GeneratedRegex(@"^(?:mindst\s+)?(?<n>\d+)\s*(?:medlemmer|pladser)?$")]
    private static partial Regex NumberRegex();

    private static Regex Number() => NumberRegex();
}
