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
}

/// <summary>One statement, where it was, and whether its clause says it is a change of mind ("alligevel").</summary>
internal sealed record TextCue(TextCueKind Kind, int SentenceIndex, int ClauseIndex, string Sentence, bool ChangeOfMind)
{
    public bool IsPartial => Kind is TextCueKind.ArrivesLate or TextCueKind.LeavesEarly or TextCueKind.OnlyItems or TextCueKind.OnlyPart;
}
