using System.Text;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// The referat the secretariat starts from after the meeting: the header and attendance already filled in from the
/// answers AgendaFlow collected, every item with its Indstilling, and an empty "Beslutning:" to write in. The
/// Markdown is written so that, once filled in, it parses back through <see cref="AgendaFileParser"/> as minutes
/// with the same items.
/// </summary>
public static class ReferatDraft
{
    /// <summary>The file name a draft is stored under: <c>{meetingId}-referat-udkast.md</c>.</summary>
    public static string FileName(Meeting meeting, string extension = "md") => $"{meeting.Id.Value}-referat-udkast.{extension}";

    /// <param name="agenda">The agenda the meeting was invited with (for the items' Indstilling); null when only the meeting is known.</param>
    public static string Markdown(Meeting meeting, AgendaDocument? agenda, AttendanceOverview attendance)
    {
        var content = DraftContent.Of(meeting, agenda, attendance);
        var md = new StringBuilder();
        md.Append("# Referat af ").AppendLine(Line(content.Title)).AppendLine();
        md.Append("Tidspunkt: ").AppendLine(DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End));
        if (!string.IsNullOrWhiteSpace(meeting.Location))
        {
            md.Append("Sted: ").AppendLine(Line(meeting.Location));
        }

        if (content.Chairs.Count > 0)
        {
            md.Append("Mødeleder: ").AppendLine(Line(DanishText.JoinList(content.Chairs)));
        }

        if (content.MinuteTakers.Count > 0)
        {
            md.Append("Referent: ").AppendLine(Line(DanishText.JoinList(content.MinuteTakers)));
        }

        md.AppendLine();
        if (content.Present.Count > 0)
        {
            md.AppendLine("Deltagere:");
            foreach (var line in content.Present)
            {
                md.AppendLine(Line(line));
            }

            md.AppendLine();
        }

        if (content.Afbud.Count > 0)
        {
            md.AppendLine("Afbud:");
            foreach (var line in content.Afbud)
            {
                md.AppendLine(Line(line));
            }

            md.AppendLine();
        }

        md.AppendLine(Line(content.AttendanceSentence)).AppendLine();
        if (content.UnconfirmedStandIns.Count > 0)
        {
            md.Append("[Sekretariatet: ").Append(Line(DanishText.JoinList(content.UnconfirmedStandIns)))
                .AppendLine(" bekræftede ikke selv før mødet. Ret sætningen ovenfor, hvis en stedfortræder ikke kom.]").AppendLine();
        }

        if (content.NoShow.Count > 0)
        {
            md.AppendLine("[Sekretariatet: disse havde ikke svaret før mødet. Slet dem, der alligevel deltog, og før dem op under Deltagere.]");
            md.Append(Line(DanishText.JoinList(content.NoShow))).AppendLine(" udeblev uden afbud.").AppendLine();
        }

        md.AppendLine("## Dagsorden").AppendLine();
        foreach (var item in content.Items)
        {
            md.Append("### ").Append(item.Number).Append(". ").AppendLine(Line(item.Title)).AppendLine();
            if (item.Indstilling is { Length: > 0 } indstilling)
            {
                md.AppendLine("Indstilling:").AppendLine();
                foreach (var line in indstilling.ReplaceLineEndings("\n").Split('\n'))
                {
                    md.AppendLine(line.TrimEnd());
                }

                md.AppendLine();
            }

            md.AppendLine("Beslutning:").AppendLine().AppendLine();
        }

        return md.ToString();
    }

    /// <summary>A one-line value: line breaks and the Markdown heading mark at the start would change the structure.</summary>
    private static string Line(string text) => text.ReplaceLineEndings(" ").Trim().TrimStart('#').Trim();
}

/// <summary>What a draft says, before it is written as Markdown or Word.</summary>
internal sealed record DraftContent(
    string Title,
    IReadOnlyList<string> Chairs,
    IReadOnlyList<string> MinuteTakers,
    IReadOnlyList<string> Present,
    IReadOnlyList<string> Afbud,
    string AttendanceSentence,
    IReadOnlyList<string> NoShow,
    IReadOnlyList<string> UnconfirmedStandIns,
    IReadOnlyList<DraftItem> Items)
{
    public static DraftContent Of(Meeting meeting, AgendaDocument? agenda, AttendanceOverview attendance)
    {
        var present = new List<string>();
        foreach (var seat in attendance.Seats)
        {
            switch (seat.Status)
            {
                case SeatStatus.Attending or SeatStatus.Partial:
                    present.Add(PersonLine(seat.Member));
                    break;
                case SeatStatus.StandIn when seat.StandIn is { } standIn:
                    present.Add(PersonLine(standIn.Person with { Role = null }));
                    break;
            }
        }

        var afbud = attendance.Seats
            .Where(s => s.Status is SeatStatus.Absent or SeatStatus.StandIn)
            .Select(s => s.Status == SeatStatus.StandIn && s.StandIn is { } x ? $"{s.Member.Name} (stedfortræder: {x.Person.Name})" : s.Member.Name)
            .ToList();
        var noShow = attendance.Seats
            .Where(s => !s.IsFilled && s.Status != SeatStatus.Absent)
            .Select(s => s.Member.Name)
            .ToList();
        var unconfirmed = attendance.With(SeatStatus.StandIn)
            .Where(s => s.StandIn is { Status: StandInStatus.NotAnswered })
            .Select(s => s.StandIn!.Person.Name)
            .ToList();
        var chairs = agenda?.Chairs.Count > 0
            ? agenda.Chairs
            : meeting.Participants.Where(p => Rosters.CommitteeRoles.IsChair(p.Role)).Select(p => p.Name).ToList();
        var items = agenda?.Items.Select(i => new DraftItem(i.Number, i.Title, Indstilling(i))).ToList()
            ?? meeting.Items.Select(i => new DraftItem(i.Number, i.Title, null)).ToList();
        return new DraftContent(
            meeting.Title,
            chairs,
            agenda?.MinuteTakers ?? [],
            present,
            afbud,
            Attendance.AttendanceSentence.For(attendance),
            noShow,
            unconfirmed,
            items);
    }

    private static string PersonLine(Meetings.Invitee person)
    {
        var line = person.Organisation is { Length: > 0 } org ? $"{person.Name}, {org}" : person.Name;
        return person.Role is { Length: > 0 } role ? $"{line} ({role})" : line;
    }

    private static string? Indstilling(AgendaItem item) =>
        item.Sections.FirstOrDefault(s => s.Heading.StartsWith("indstilling", StringComparison.OrdinalIgnoreCase) && s.Text.Trim().Length > 0)?.Text.Trim();
}

internal sealed record DraftItem(string Number, string Title, string? Indstilling);
