using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Brings the spellings people type on a phone or a foreign keyboard to the forms the cue patterns are written in:
/// "aa", "ae", "oe" for å, æ, ø when a reply has none of those letters ("maa melde afbud paa", "foerst"), and a slip
/// of one letter in the few words an answer turns on ("Deltger", "afbu", "kolega"). Applied to lower-case text that
/// is only read for cues; names are always taken from the text as written.
/// </summary>
internal static partial class SpellingVariants
{
    /// <summary>The words an answer turns on, which a typo must not hide.</summary>
    private static readonly string[] KeyWords =
    [
        "afbud", "deltager", "deltage", "deltagelse", "stedet", "kollega", "stedfortræder", "suppleant", "forhindret",
        "desværre", "kommer", "sygemeldt", "attend", "attending", "unfortunately",
    ];

    /// <summary>Real words one letter away from a key word, which are left alone.</summary>
    private static readonly HashSet<string> RealWords = new(StringComparer.Ordinal)
    {
        "deltaget", "deltagere", "deltagers", "deltag", "steder", "stedets", "kommet", "kommen", "kommes", "kolleger",
        "attends", "attended", "afbuds",
    };

    /// <param name="foldDigraphs">Whether the whole reply is written without æ, ø and å, so "aa", "ae" and "oe" stand for them.</param>
    public static string Normalise(string lowerText, bool foldDigraphs)
    {
        var text = lowerText;
        if (foldDigraphs)
        {
            text = text.Replace("aa", "å", StringComparison.Ordinal)
                .Replace("ae", "æ", StringComparison.Ordinal)
                .Replace("oe", "ø", StringComparison.Ordinal);
        }

        return Word().Replace(text, m => Corrected(m.Value));
    }

    private static string Corrected(string token)
    {
        if (token.Length < 4 || RealWords.Contains(token))
        {
            return token;
        }

        foreach (var key in KeyWords)
        {
            if (token == key)
            {
                return token;
            }
        }

        foreach (var key in KeyWords)
        {
            if (Math.Abs(key.Length - token.Length) <= 1 && key.Length >= 5 && OneEditApart(token, key))
            {
                return key;
            }
        }

        return token;
    }

    /// <summary>One letter inserted, left out, changed, or two neighbours swapped.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (a == b)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            var first = -1;
            var differences = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    differences++;
                    first = first < 0 ? i : first;
                }
            }

            return differences == 1
                || (differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]);
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1)
        {
            return false;
        }

        var skipped = false;
        for (int i = 0, j = 0; i < shorter.Length; j++)
        {
            if (shorter[i] == longer[j])
            {
                i++;
                continue;
            }

            if (skipped)
            {
                return false;
            }

            skipped = true;
        }

        return true;
    }

    public static bool LacksDanishLetters(string text) => !DanishLetter().IsMatch(text);

    [GeneratedRegex(@"[æøåÆØÅ]", RegexOptions.CultureInvariant)]
    private static partial Regex DanishLetter();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
