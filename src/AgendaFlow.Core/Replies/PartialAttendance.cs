namespace AgendaFlow.Core.Replies;

/// <summary>
/// How a participant attends only part of a meeting. Times are as written (local meeting time);
/// a flag can be set without a time ("kommer lidt senere").
/// </summary>
public sealed record PartialAttendance(
    bool ArrivesLate,
    TimeOnly? ArrivesAt,
    bool LeavesEarly,
    TimeOnly? LeavesAt,
    IReadOnlyList<string> Items)
{
    public bool IsEmpty => !ArrivesLate && !LeavesEarly && Items.Count == 0;
}
