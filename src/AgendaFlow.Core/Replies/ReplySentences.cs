using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>A sentence of new text, split into clauses: the unit negation and cues are read in.</summary>
internal sealed record ReplySentence(string Text, IReadOnlyList<string> Clauses, bool IsQuestion);

/// <summary>
/// Splits new text into sentences and clauses. Sentences end at a line break or at ".", "!", "?"
/// before a capital letter, so "kl. 11.30" and "pga. et møde" stay whole.
/// </summary>
internal static partial class ReplySentences
{
    public static IReadOnlyList<ReplySentence> Split(string text)
    {
        var sentences = new List<ReplySentence>();
        foreach (var line in Normalise(text).Split('\n'))
        {
            foreach (var raw in SentenceBreak().Split(line))
            {
                var sentence = raw.Trim();
                if (sentence.Length == 0)
                {
                    continue;
                }

                var clauses = ClauseBreak().Split(sentence)
                    .Select(c => c.Trim())
                    .Where(c => c.Length > 0)
                    .ToList();
                sentences.Add(new ReplySentence(sentence, clauses, sentence.EndsWith('?')));
            }
        }

        return sentences;
    }

    /// <summary>Typographic apostrophes and dashes as plain ones, so one pattern covers both.</summary>
    public static string Normalise(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u00A0', ' ')
            .Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}""'(])|(?<=[!?])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    // Commas, semicolons, dashes, ellipses (where people correct themselves) and contrasting conjunctions end the reach of a negation.
    [GeneratedRegex(@"\s*[,;:]\s+|\s+[–—-]\s+|\s*(?:…|\.\.\.)\s*|\s+(?=(?:men|but|however|derimod|og\s+derfor)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();
}
