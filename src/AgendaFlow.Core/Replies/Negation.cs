using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>Where a clause denies what a verb or phrase says: "kan ikke deltage", "deltager desværre ikke", "won't attend".</summary>
internal static partial class Negation
{
    /// <summary>A negation before the verb in the same clause, or right after it ("deltager desværre ikke").</summary>
    public static bool Of(string clause, Match verb)
    {
        if (Word().IsMatch(NotANegation().Replace(clause[..verb.Index], " ")))
        {
            return true;
        }

        return AfterVerb().IsMatch(clause[(verb.Index + verb.Length)..]);
    }

    /// <summary>"melder ikke afbud", "er ikke forhindret": a negation within a word before the phrase.</summary>
    public static bool DirectlyBefore(string clause, int index) => JustBefore().IsMatch(clause[..index]);

    [GeneratedRegex(@"\b(ikke|ikk|ik|ej|aldrig|hverken|ingen\s+mulighed|umuligt|forhindret|not|never|no\s+longer|cannot|can't|cant|won't|wont|unable|wouldn't|couldn't|isn't|n't)\b|n't\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // "ikke noget problem at deltage" and "no problem" agree rather than refuse.
    [GeneratedRegex(@"\b(ikke\s+noget\s+(problem|imod)|intet\s+problem|ingen\s+problemer|not\s+a\s+problem|no\s+problem|don't\s+mind|do\s+not\s+mind)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotANegation();

    [GeneratedRegex(@"^(\s+(\w+\s+)?)(ikke|ikk|ej|not)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfterVerb();

    [GeneratedRegex(@"\b(ikke|ikk|not|never|aldrig)\s+(\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JustBefore();
}
