using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Finds why a participant cannot come, in their own words ("pga. sygdom", "da jeg er på kursus").
/// The reason is kept apart from the intent because it can be health data.
/// </summary>
internal static partial class AbsenceReasonReader
{
    public static string? Read(string newText)
    {
        foreach (var sentence in ReplySentences.Split(newText))
        {
            var because = Because().Match(sentence.Text);
            if (because.Success)
            {
                return because.Groups["reason"].Value.Trim().TrimEnd('.', ',', ';', '!');
            }
        }

        // Without "fordi"/"pga." the reason is the clause that names it, not the whole sentence with the answer.
        foreach (var clause in ReplySentences.Split(newText).SelectMany(sentence => sentence.Clauses))
        {
            if (ReasonWord().IsMatch(clause))
            {
                return clause.Trim().TrimEnd('.', ',', ';', '!');
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:pga\.?|p\.g\.a\.?|på\s+grund\s+af|grundet|som\s+følge\s+af|da\s+jeg|idet\s+jeg|fordi|eftersom|due\s+to|because(?:\s+of)?|owing\s+to|as\s+i|since\s+i)\s+(?<reason>[^!?\n]{3,}?)(?=[,;]\s+(?:men|but)\b|[.!?]?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Because();

    [GeneratedRegex(@"\b(syg|sygdom|sygemeldt|indlagt|operation|opereret|lægebesøg|læge|hospital|sygehus|barsel|barselsorlov|orlov|ferie|begravelse|kursus|konference|rejse|bortrejst|dobbeltbooket|andet\s+møde|sick|illness|ill|surgery|hospital|holiday|vacation|leave|funeral|conference|travel|travelling|another\s+meeting|double-booked|conflict)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonWord();
}
