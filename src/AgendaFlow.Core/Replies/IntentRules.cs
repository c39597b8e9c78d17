namespace AgendaFlow.Core.Replies;

/// <summary>
/// Decides what new text means. In order: a named stand-in; a change of mind ("alligevel") overrules
/// what came before it; partial attendance; doubt; absence; attendance; a promise to answer later.
/// Absence beats attendance when both are said, because counting someone who does not come is the
/// worse mistake for a quorum.
/// </summary>
public static class IntentRules
{
    public static TextVerdict Decide(string newText, string? senderAddress = null)
    {
        if (string.IsNullOrWhiteSpace(newText))
        {
            return TextVerdict.Unclear(null);
        }

        var cues = TextCueReader.Read(newText);
        var saysAbsent = cues.Any(c => c.Kind == TextCueKind.Absent);
        var substitute = SubstituteFinder.Find(newText, senderAddress, saysAbsent, out var substituteEvidence, out var unnamedStandIn);
        if (substitute is not null || unnamedStandIn)
        {
            return new TextVerdict(ReplyIntent.Substitute, substitute, substituteEvidence, null);
        }

        var lastChangeOfMind = cues.LastOrDefault(c => c.ChangeOfMind);
        if (lastChangeOfMind is not null)
        {
            // What was said from the change of mind on, in that sentence, is the answer.
            cues = cues.Where(c => c.SentenceIndex == lastChangeOfMind.SentenceIndex && c.ClauseIndex >= lastChangeOfMind.ClauseIndex).ToList();
        }

        var hasAbsent = cues.Any(c => c.Kind == TextCueKind.Absent);
        var hasAttend = cues.Any(c => c.Kind == TextCueKind.Attend);
        var hasPartial = cues.Any(c => c.IsPartial);
        var hasTentative = cues.Any(c => c.Kind == TextCueKind.Tentative);

        if (hasPartial && (hasAttend || !hasAbsent || cues.Any(c => c.Kind is TextCueKind.OnlyItems or TextCueKind.OnlyPart)))
        {
            return new TextVerdict(ReplyIntent.Partial, null, EvidenceOf(cues, c => c.IsPartial || c.Kind == TextCueKind.Attend), PartialAttendanceReader.Read(cues));
        }

        if (hasTentative)
        {
            return Verdict(ReplyIntent.Tentative, cues, TextCueKind.Tentative);
        }

        if (hasAbsent)
        {
            return Verdict(ReplyIntent.Absent, cues, TextCueKind.Absent);
        }

        if (hasAttend)
        {
            return Verdict(ReplyIntent.Attending, cues, TextCueKind.Attend);
        }

        if (cues.Any(c => c.Kind == TextCueKind.AnswerLater))
        {
            return Verdict(ReplyIntent.Tentative, cues, TextCueKind.AnswerLater);
        }

        return TextVerdict.Unclear(newText.Trim());
    }

    private static TextVerdict Verdict(ReplyIntent intent, IReadOnlyList<TextCue> cues, TextCueKind kind) =>
        new(intent, null, EvidenceOf(cues, c => c.Kind == kind), null);

    private static string EvidenceOf(IReadOnlyList<TextCue> cues, Func<TextCue, bool> decisive) =>
        string.Join(' ', cues.Where(decisive).Select(c => c.Sentence).Distinct());
}
