using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Invitations;

/// <summary>What changed between two revisions of a meeting, as sentences for the "Opdateret dagsorden" mail.</summary>
public static class MeetingChanges
{
    public static IReadOnlyList<string> Between(Meeting before, Meeting after)
    {
        var changes = new List<string>();
        if (before.Date != after.Date || before.Start != after.Start || before.End != after.End)
        {
            changes.Add($"Tidspunktet er ændret fra {DanishText.DateAndTime(before.Date, before.Start, before.End)} " +
                        $"til {DanishText.DateAndTime(after.Date, after.Start, after.End)}.");
        }

        if (!string.Equals(before.Location, after.Location, StringComparison.Ordinal))
        {
            changes.Add(after.Location is null ? "Mødestedet er fjernet." : $"Mødestedet er nu: {after.Location}.");
        }

        if (!string.Equals(before.Title, after.Title, StringComparison.Ordinal))
        {
            changes.Add($"Mødets titel er nu: {after.Title}.");
        }

        var oldItems = before.Items.ToDictionary(i => i.Number, StringComparer.Ordinal);
        var newItems = after.Items.ToDictionary(i => i.Number, StringComparer.Ordinal);
        foreach (var item in after.Items)
        {
            if (!oldItems.TryGetValue(item.Number, out var old))
            {
                changes.Add($"Nyt punkt {item.Number}: {item.Title}.");
            }
            else if (old.Title != item.Title)
            {
                changes.Add($"Punkt {item.Number} hedder nu: {item.Title}.");
            }
            else if (old.Start != item.Start || old.End != item.End)
            {
                changes.Add($"Punkt {item.Number} ({item.Title}) har fået nyt tidspunkt: {DanishText.TimeRange(item.Start, item.End)}.");
            }
        }

        foreach (var item in before.Items.Where(i => !newItems.ContainsKey(i.Number)))
        {
            changes.Add($"Punkt {item.Number} ({item.Title}) er taget af dagsordenen.");
        }

        return changes;
    }
}
