using AgendaFlow.Core.Danish;

namespace AgendaFlow.Core.Attendance;

/// <summary>
/// The attendance paragraph of a referat, in the form Danish minutes use: "Alle var mødt, undtagen Hanne Roed og
/// Steen Jakobsen, der havde meldt afbud." followed by a sentence per stand-in. Only what is known is stated; who has
/// not answered is the secretariat's to settle, so it is left out.
/// </summary>
public static class AttendanceSentence
{
    public static string For(AttendanceOverview overview)
    {
        var absent = overview.With(AttendanceStatus.Absent).Select(r => r.Invitee.Name).ToList();
        var standIns = overview.With(AttendanceStatus.Substitute).ToList();
        var sentences = new List<string>();
        if (absent.Count > 0)
        {
            sentences.Add($"Alle var mødt, undtagen {DanishText.JoinList(absent)}, der havde meldt afbud.");
        }
        else if (standIns.Count == 0)
        {
            sentences.Add("Alle var mødt.");
        }

        foreach (var row in standIns)
        {
            sentences.Add(row.StandIn is { } standIn
                ? $"{row.Invitee.Name} havde meldt afbud, og {standIn.Name} deltog i stedet."
                : $"{row.Invitee.Name} havde meldt afbud og sendte en stedfortræder.");
        }

        var partial = overview.With(AttendanceStatus.Partial).Select(r => r.Invitee.Name).ToList();
        if (partial.Count > 0)
        {
            sentences.Add($"{DanishText.JoinList(partial)} deltog i en del af mødet.");
        }

        return string.Join(" ", sentences);
    }
}
