namespace AgendaFlow.Core.Replies;

/// <summary>A kind of statement found in a clause of new text.</summary>
internal enum TextCueKind
{
    Attend,
    Absent,
    Tentative,
    AnswerLater,
    ArrivesLate,
    LeavesEarly,
    OnlyItems,
    OnlyPart,

    /// <summary>"Kommer ca. 11.15": an arrival time, which is partial attendance only if the meeting starts earlier.</summary>
    ArrivesAt,

    /// <summary>The writer corrects himself here; what came before is not the answer.</summary>
    Correction,
}

/// <summary>
/// One statement, where it was, and the words and rule that found it. <paramref name="ChangeOfMind"/> marks a clause
/// that corrects what came before ("alligevel", "nej vent").
/// </summary>
/// <param name="Words">The words of the reply that carry the statement, as written in lower case.</param>
/// <param name="Rule">A fixed name for the rule that read them: safe to log, since it holds nothing the sender wrote.</param>
internal sealed record TextCue(TextCueKind Kind, int SentenceIndex, int ClauseIndex, string Sentence, bool ChangeOfMind, string Words, string Rule)
{
    public bool IsPartial => Kind is TextCueKind.ArrivesLate or TextCueKind.LeavesEarly or TextCueKind.OnlyItems or TextCueKind.OnlyPart or TextCueKind.ArrivesAt;
}

/// <summary>A statement found in a clause, before it is placed in its sentence.</summary>
internal readonly record struct ClauseCue(TextCueKind Kind, string Words, string Rule);
