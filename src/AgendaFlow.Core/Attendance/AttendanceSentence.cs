using AgendaFlow.Core.Danish;

namespace AgendaFlow.Core.Attendance;

/// <summary>
/// The attendance paragraph of a referat, in the form Danish minutes use: "Alle var mødt, undtagen Hanne Roed og
/// Steen Jakobsen, der havde meldt afbud." followed by a sentence per stand-in. Written after the meeting from the
/// final state; before it, the summary and page show <see cref="AttendanceText.Expected"/> instead. Who did not
/// answer is the secretariat's to settle, so it is left out here (the draft asks about it).
/// </summary>
public static class AttendanceSentence
{
    public static string For(AttendanceOverview overview)
    {
        var absent = overview.With(SeatStatus.Absent).Select(s => s.Member.Name).ToList();
        var standIns = overview.With(SeatStatus.StandIn).ToList();
        var unsettled = overview.Seats.Any(s => !s.IsFilled && s.Status != SeatStatus.Absent);
        var sentences = new List<string>();
        if (absent.Count > 0)
        {
            sentences.Add($"Alle var mødt, undtagen {DanishText.JoinList(absent)}, der havde meldt afbud.");
        }
        else if (standIns.Count == 0 && !unsettled)
        {
            sentences.Add("Alle var mødt.");
        }

        foreach (var seat in standIns)
        {
            sentences.Add(seat.StandIn is { } standIn
                ? $"{seat.Member.Name} havde meldt afbud, og {standIn.Person.Name} deltog i stedet."
                : $"{seat.Member.Name} havde meldt afbud og sendte en stedfortræder.");
        }

        var partial = overview.With(SeatStatus.Partial).Select(s => s.Member.Name).ToList();
        if (partial.Count > 0)
        {
            sentences.Add($"{DanishText.JoinList(partial)} deltog i en del af mødet.");
        }

        return string.Join(" ", sentences);
    }
}
