using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// A writer who corrects himself ("Jeg kan ikke … nej vent, jeg kan godt", "det må jeg trække tilbage", "kan alligevel",
/// "after all") means what comes after the correction; what came before is not the answer.
/// </summary>
internal static partial class SelfCorrection
{
    public static bool Marks(string clause) => Marker().IsMatch(clause);

    [GeneratedRegex(@"\balligevel\b|\bafter\s+all\b|\bnej\s*,?\s+vent\b|\bvent\s+lidt\b|\bglem\s+(det|hvad\s+jeg\s+skrev|min\s+(forrige|sidste)\s+mail)\b|\brettelse\b|\bkorrektion\b|\btrække[r]?\s+(\w+\s+){0,2}tilbage\b|\bnu\s+(kan|får)\s+jeg\b|\bhar\s+fået\s+(ændret|flyttet|aflyst)\b|\bchange\s+of\s+plans?\b|\bændrede\s+planer\b|\bi\s+stedet\s+for\s+mit\s+afbud\b|\bcorrection\b|\bscratch\s+that\b|\bno\s*,?\s+wait\b|\bactually\s*,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
