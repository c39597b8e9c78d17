namespace AgendaFlow.Core.Agendas;

/// <summary>
/// A timed line of the programme that is not an item: a break, lunch or coffee ("Pause kl. 14.20–14.30",
/// "FROKOSTPAUSE (kl. 12.30-12.50)"). It has no number, so item numbering is untouched; it keeps its place
/// after the item it follows.
/// </summary>
/// <param name="Title">The line without its time, as the author named it ("Frokostpause").</param>
/// <param name="AfterItem">The number of the item it follows; null when it comes before the first item.</param>
public sealed record AgendaBreak(string Title, TimeOnly? Start, TimeOnly? End, string? AfterItem);
