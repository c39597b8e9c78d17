using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Invitations;

/// <summary>One line of the agenda as an invitation lists it: a numbered item, or a break between items.</summary>
public abstract record ProgrammeLine
{
    private ProgrammeLine()
    {
    }

    public sealed record Item(AgendaLine Line) : ProgrammeLine;

    public sealed record Break(AgendaBreak Pause) : ProgrammeLine;
}

/// <summary>
/// The meeting's items in order with each break in its place, so that a gap in the times is explained where it falls.
/// A break whose item is no longer on the agenda (the chair removed it) goes where its time puts it among the items,
/// or last when it has no time to go by.
/// </summary>
public static class AgendaProgramme
{
    public static IReadOnlyList<ProgrammeLine> Of(Meeting meeting)
    {
        var lines = new List<ProgrammeLine>(meeting.Items.Count + meeting.Breaks.Count);
        var numbers = meeting.Items.Select(i => i.Number).ToHashSet(StringComparer.Ordinal);
        var placed = new HashSet<AgendaBreak>(ReferenceEqualityComparer.Instance);
        var orphans = meeting.Breaks.Where(b => b.AfterItem is not null && !numbers.Contains(b.AfterItem)).ToList();

        void Add(IEnumerable<AgendaBreak> breaks)
        {
            foreach (var pause in breaks.Where(placed.Add))
            {
                lines.Add(new ProgrammeLine.Break(pause));
            }
        }

        Add(meeting.Breaks.Where(b => b.AfterItem is null));
        foreach (var item in meeting.Items)
        {
            Add(orphans.Where(b => b.Start is { } at && item.Start is { } itemStart && itemStart >= (b.End ?? at)));
            lines.Add(new ProgrammeLine.Item(item));
            Add(meeting.Breaks.Where(b => b.AfterItem == item.Number));
        }

        Add(orphans);
        return lines;
    }
}
