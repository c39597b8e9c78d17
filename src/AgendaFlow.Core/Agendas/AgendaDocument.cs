namespace AgendaFlow.Core.Agendas;

public enum DocumentKind
{
    Agenda,
    Minutes,
}

/// <summary>A dagsorden or referat as the parser understood it.</summary>
public sealed record AgendaDocument(
    DocumentKind Kind,
    string Title,
    DateOnly? Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Location,
    IReadOnlyList<string> Chairs,
    IReadOnlyList<string> MinuteTakers,
    IReadOnlyList<Person> Participants,
    IReadOnlyList<Person> Guests,
    IReadOnlyList<AbsentPerson> Absent,
    IReadOnlyList<AgendaItem> Items)
{
    /// <summary>
    /// The fields (names from <see cref="ReviewField"/>) the parser found only by weak cues or had to guess, so that a
    /// person checks them before anything is sent. Empty when the parser is sure of everything.
    /// </summary>
    public IReadOnlyList<string> Review { get; init; } = [];

    public bool NeedsReview => Review.Count > 0;

    /// <summary>Breaks and meals between the items, each with the item it follows; they are not items and have no number.</summary>
    public IReadOnlyList<AgendaBreak> Breaks { get; init; } = [];
}

/// <summary>Someone named in the header: "Title Name, Organisation &lt;e-mail&gt; (role)".</summary>
public sealed record Person(
    string Name,
    string? Title = null,
    string? Organisation = null,
    string? Email = null,
    string? Role = null);

/// <summary>
/// Someone who did not come. <see cref="SentApologies"/> is false for those who stayed away
/// without afbud ("udeblev uden afbud").
/// </summary>
public sealed record AbsentPerson(
    string Name,
    string? Title = null,
    string? Organisation = null,
    string? Email = null,
    string? Substitute = null,
    bool SentApologies = true);

/// <param name="NotPresentForItem">Members who did not take part in this item ("var forhindret i at deltage i sagens behandling").</param>
public sealed record AgendaItem(
    string Number,
    string Title,
    TimeOnly? Start,
    TimeOnly? End,
    IReadOnlyList<string> Presenters,
    string? CaseNumber,
    IReadOnlyList<ItemSection> Sections,
    IReadOnlyList<string> Attachments,
    string? Decision,
    string? Status,
    IReadOnlyList<string> NotPresentForItem);

/// <summary>A headed part of an item (Resume, Indstilling, Sagsfremstilling, Bilag, Beslutning ...).</summary>
public sealed record ItemSection(string Heading, string Text);
