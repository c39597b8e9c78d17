using System.Text.RegularExpressions;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// Lukkede punkter: an item is closed when its title or status says so: "Lukket punkt", "(lukket)", "Lukket:",
/// "Fortroligt"/"fortrolig", "Lukket møde". A closed item reaches public output only as its number and the title
/// "Lukket punkt"; everything else about it (title, sections, decision, presenters, attachments, case number) stays
/// out. When in doubt the rule errs towards closing.
/// </summary>
public static partial class ClosedItems
{
    public const string PublicTitle = "Lukket punkt";

    public static bool IsClosed(AgendaItem item) =>
        Marker().IsMatch(item.Title) || (item.Status is { } status && Marker().IsMatch(status))
        || item.Sections.Any(s => Marker().IsMatch(s.Heading));

    /// <summary>The item as the public may see it.</summary>
    public static AgendaItem Redact(AgendaItem item) => IsClosed(item)
        ? new AgendaItem(item.Number, PublicTitle, null, null, [], null, [], [], null, null, [])
        : item;

    [GeneratedRegex(@"\blukket\s+(?:punkt|sag|møde|behandling)|\(\s*lukket\s*\)|^\s*lukket\b|\bfortrolig(?:t|e)?\b|\bikke\s+offentlig\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Marker();
}
