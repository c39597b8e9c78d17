namespace AgendaFlow.Core.Replies;

/// <summary>
/// Decides what new text means. In order: a self-correction ("nej vent", "alligevel") makes what follows it the
/// answer; a named stand-in; partial attendance; doubt; absence; attendance; a promise to answer later. Cues that
/// contradict each other (attendance and absence both said, two different stand-ins, doubt in one sentence and a
/// refusal in another) give unclear: a person reads the mail rather than the reader guessing.
/// </summary>
public static class IntentRules
{
    public static TextVerdict Decide(string newText, string? senderAddress = null) =>
        Decide(newText, ReplyParties.Of(senderAddress), null);

    internal static TextVerdict Decide(string newText, ReplyParties parties, TimeOnly? meetingStart)
    {
        if (string.IsNullOrWhiteSpace(newText))
        {
            return TextVerdict.Unclear(null);
        }

        var read = TextCueReader.Read(newText);
        var corrected = read.Any(c => c.Kind == TextCueKind.Correction || c.ChangeOfMind);
        var cues = FromLastCorrection(read);
        cues = ArrivalTimes.Resolve(cues, meetingStart);
        var standIn = SubstituteFinder.Find(newText, parties, cues.Any(c => c.Kind == TextCueKind.Absent));
        if (standIn.Conflicting)
        {
            return TextVerdict.Unclear(standIn.Sentence, standIn.Rule);
        }

        if (standIn.Substitute is not null || standIn.Unnamed)
        {
            return new TextVerdict(ReplyIntent.Substitute, standIn.Substitute, standIn.Sentence, null, standIn.Words, standIn.Rule);
        }

        var absent = cues.Where(c => c.Kind == TextCueKind.Absent).ToList();
        var attend = cues.Where(c => c.Kind == TextCueKind.Attend).ToList();
        var partial = cues.Where(c => c.IsPartial).ToList();
        var doubt = cues.Where(c => c.Kind == TextCueKind.Tentative).ToList();

        var verdict = Weigh(cues, absent, attend, partial, doubt, newText);
        return corrected && verdict.IsDecided ? verdict with { Rule = verdict.Rule + ", " + AfterCorrection } : verdict;
    }

    /// <summary>The rule name that says the writer corrected himself; such text wins over a subject it contradicts.</summary>
    public const string AfterCorrection = "after self-correction";

    private static TextVerdict Weigh(List<TextCue> cues, List<TextCue> absent, List<TextCue> attend, List<TextCue> partial, List<TextCue> doubt, string newText)
    {
        if (partial.Count > 0 && (attend.Count > 0 || absent.Count == 0 || partial.Any(c => c.Kind is TextCueKind.OnlyItems or TextCueKind.OnlyPart)))
        {
            return Verdict(ReplyIntent.Partial, partial.Concat(attend).ToList()) with { Partial = PartialAttendanceReader.Read(cues) };
        }

        if (doubt.Count > 0)
        {
            // "Måske" next to a refusal in another sentence is two answers; in the same sentence it softens it.
            return absent.Any(a => doubt.All(d => d.SentenceIndex != a.SentenceIndex))
                ? Conflict(doubt.Concat(absent).ToList(), "doubt and absence")
                : Verdict(ReplyIntent.Tentative, doubt);
        }

        if (absent.Count > 0 && attend.Count > 0)
        {
            return Conflict(absent.Concat(attend).ToList(), "attendance and absence");
        }

        if (absent.Count > 0)
        {
            return Verdict(ReplyIntent.Absent, absent);
        }

        if (attend.Count > 0)
        {
            return Verdict(ReplyIntent.Attending, attend);
        }

        var later = cues.Where(c => c.Kind == TextCueKind.AnswerLater).ToList();
        return later.Count > 0 ? Verdict(ReplyIntent.Tentative, later) : TextVerdict.Unclear(newText.Trim(), "no answer found");
    }

    /// <summary>The cues from the writer's last correction of himself on; all of them when there is none.</summary>
    private static List<TextCue> FromLastCorrection(IReadOnlyList<TextCue> cues)
    {
        var last = cues.LastOrDefault(c => c.Kind == TextCueKind.Correction || c.ChangeOfMind);
        return cues
            .Where(c => c.Kind != TextCueKind.Correction)
            .Where(c => last is null || c.SentenceIndex > last.SentenceIndex || (c.SentenceIndex == last.SentenceIndex && c.ClauseIndex >= last.ClauseIndex))
            .ToList();
    }

    private static TextVerdict Verdict(ReplyIntent intent, IReadOnlyList<TextCue> decisive) =>
        new(intent, null, Sentences(decisive), null, string.Join(" | ", decisive.Select(c => c.Words).Distinct()), string.Join(", ", decisive.Select(c => c.Rule).Distinct()));

    private static TextVerdict Conflict(IReadOnlyList<TextCue> cues, string rule) =>
        new(ReplyIntent.Unclear, null, Sentences(cues), null, string.Join(" | ", cues.Select(c => c.Words).Distinct()), "conflict: " + rule);

    private static string Sentences(IEnumerable<TextCue> cues) => string.Join(' ', cues.Select(c => c.Sentence).Distinct());
}
