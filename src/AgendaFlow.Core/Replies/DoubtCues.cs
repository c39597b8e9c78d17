using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Doubt and deferral: "måske", "det afhænger af", "kan ikke sige det endnu", "regner med at kunne", "not sure yet",
/// and promises to answer later ("bekræfter senere", "vender tilbage"). Doubt colours the whole sentence it is in.
/// </summary>
internal static partial class DoubtCues
{
    public static Match Doubt(string sentence) => Tentative().Match(sentence);

    public static Match Later(string clause) => AnswerLater().Match(clause);

    [GeneratedRegex(@"\b(måske|muligvis|usikker\w*|ikke\s+sikker|ved\s+(det\s+)?(endnu\s+)?ikk?e?(\s+endnu)?\s*,?\s*(om|hvor|helt|endnu)|ved\s+(det\s+)?først|kan\s+endnu\s+ikke\s+sige|kan\s+ikke\s+sige\s+(det\s+)?(endnu|nu|med\s+sikkerhed)|kan\s+ikke\s+love\s+noget|ikke\s+afklaret|afhænger\s+af|kommer\s+an\s+på|afventer|håber\s+(at\s+kunne|på\s+at|jeg\s+kan)|forhåbentlig|prøver\s+at|forsøger\s+at|vil\s+prøve|vil\s+forsøge|med\s+forbehold|foreløbig\w*|sandsynligvis|formentlig|regner\s+med\s+at\s+(kunne|komme|deltage|være)|hvis\s+(jeg\s+kan|muligt|det\s+er\s+muligt|jeg\s+når|tiden\s+tillader)|if\s+(possible|i\s+can|time\s+permits)|depends\s+on|depending\s+on|pending|probably|maybe|perhaps|possibly|might|may\s+have\s+to|not\s+sure|unsure|hopefully|hope\s+to|i'll\s+try|i\s+will\s+try|try\s+to|tbc|tentative\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Tentative();

    // "Jeg vender tilbage" promises an answer; "vender tilbage med kommentarer" promises something else.
    [GeneratedRegex(@"\b(vender\s+tilbage(?!\s+med\b)|kommer\s+tilbage\s+(til\s+dig|hurtigst|senere)|melder\s+tilbage|bekræfte[r]?\s+senere|giver\s+besked\s+(senere|snarest|hurtigst|senest|i\s+morgen|på)|svarer\s+senere|will\s+confirm|confirm\s+(later|by)|get\s+back\s+to\s+you|let\s+you\s+know)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerLater();
}
