using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Finds what each clause of new text says about attendance. A question asks rather than answers, and a condition
/// ("Hvis jeg ikke selv kan komme, …") answers nothing yet, so neither gives a cue; doubt colours its whole sentence.
/// Spelling is brought to standard forms first (<see cref="SpellingVariants"/>).
/// </summary>
internal static partial class TextCueReader
{
    public static IReadOnlyList<TextCue> Read(string newText)
    {
        var cues = new List<TextCue>();
        var fold = SpellingVariants.LacksDanishLetters(newText);
        var sentences = ReplySentences.Split(newText);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var lower = SpellingVariants.Normalise(sentence.Text.ToLowerInvariant(), fold);
            if (!sentence.IsQuestion && DoubtCues.Doubt(lower) is { Success: true } doubt)
            {
                cues.Add(new TextCue(TextCueKind.Tentative, s, 0, sentence.Text, SelfCorrection.Marks(lower), doubt.Value, "doubt"));
            }

            if (IsConditional(sentence))
            {
                continue;
            }

            for (var c = 0; c < sentence.Clauses.Count; c++)
            {
                var clause = SpellingVariants.Normalise(sentence.Clauses[c].ToLowerInvariant(), fold);
                var changeOfMind = SelfCorrection.Marks(clause);
                if (changeOfMind)
                {
                    // The correction itself is where the answer starts, even when it says nothing else.
                    cues.Add(new TextCue(TextCueKind.Correction, s, c, sentence.Text, true, clause, "self-correction"));
                }

                if (sentence.IsQuestion && IsAsked(sentence, c, clause))
                {
                    continue;
                }

                foreach (var cue in ReadClause(clause))
                {
                    cues.Add(new TextCue(cue.Kind, s, c, sentence.Text, changeOfMind, cue.Words, cue.Rule));
                }
            }
        }

        return cues;
    }

    private static List<ClauseCue> ReadClause(string clause)
    {
        var cues = new List<ClauseCue>();
        var onlySomeItems = PartialCues.OnlySomeItems(clause);
        if (DoubtCues.Later(clause) is { Success: true } later)
        {
            cues.Add(new ClauseCue(TextCueKind.AnswerLater, later.Value, "answer later"));
        }

        AttendanceCues.Read(clause, onlySomeItems, cues);
        PartialCues.Read(clause, cues);
        if (onlySomeItems && PartialCues.SaysOnly(clause))
        {
            cues.Add(new ClauseCue(TextCueKind.OnlyItems, clause, "only some items"));
        }

        return cues;
    }

    /// <summary>"Hvis …, …" and "If …, …": the whole sentence depends on the condition.</summary>
    private static bool IsConditional(ReplySentence sentence) => ConditionalStart().IsMatch(sentence.Text);

    /// <summary>In a question, the clause with the question mark and clauses that open with verb and subject ask.</summary>
    private static bool IsAsked(ReplySentence sentence, int clauseIndex, string clause) =>
        clauseIndex == sentence.Clauses.Count - 1 || InvertedStart().IsMatch(clause);

    [GeneratedRegex(@"^\s*(hvis|if|unless|medmindre|såfremt|in\s+case)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalStart();

    [GeneratedRegex(@"^\s*(kan|skal|vil|må|er|har|bør|kunne|ville|can|shall|will|should|is|are|do|does|could|would)\s+(jeg|du|vi|i|de|man|det|der|mødet|you|we|it|they|the|there)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InvertedStart();
}
