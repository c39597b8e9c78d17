using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// The JSON twin of a published referat page: camelCase, Danish letters as they are, markup characters escaped
/// (so the file is safe even if someone serves it as HTML). E-mail addresses are not published.
/// </summary>
public static class ReferatJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static string Render(PublishedReferat referat, ReferatSite site) =>
        JsonSerializer.Serialize(Model(referat, site.Url(referat.PagePath).AbsoluteUri, referat.Published, referat.Corrected), Options);

    /// <summary>
    /// The public content alone (no times, no address): what <see cref="PublishedReferat.ContentHash"/> is taken of.
    /// The committee's display name is left out: it comes from the roster, and renaming a committee does not make its
    /// minutes corrected ("Rettet").
    /// </summary>
    internal static string Content(PublishedReferat referat) =>
        JsonSerializer.Serialize(Model(referat, null, null, null, withCommitteeName: false), Options);

    private static ReferatModel Model(PublishedReferat r, string? url, DateTimeOffset? published, DateTimeOffset? corrected, bool withCommitteeName = true)
    {
        var d = r.Document;
        return new ReferatModel(
            r.CommitteeSlug,
            withCommitteeName ? r.CommitteeName : null,
            d.Title,
            r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            d.Start?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            d.End?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            d.Location,
            url,
            published,
            corrected,
            d.Chairs,
            d.MinuteTakers,
            d.Participants.Select(p => new PersonModel(p.Name, p.Title, p.Organisation, p.Role)).ToList(),
            d.Guests.Select(p => new PersonModel(p.Name, p.Title, p.Organisation, p.Role)).ToList(),
            d.Absent.Select(a => new AbsentModel(a.Name, a.Title, a.Organisation, a.Substitute, a.SentApologies)).ToList(),
            d.Items.Select(Item).ToList());
    }

    private static ItemModel Item(AgendaItem i) => new(
        i.Number,
        i.Title,
        i.Title == ClosedItems.PublicTitle && i.Sections.Count == 0 ? true : null,
        i.Start?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        i.End?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        i.Presenters,
        i.CaseNumber,
        i.Sections.Select(s => new SectionModel(s.Heading, s.Text)).ToList(),
        i.Attachments,
        i.Decision,
        i.Status,
        i.NotPresentForItem);

    private sealed record ReferatModel(
        string Committee,
        string? CommitteeName,
        string Title,
        string Date,
        string? Start,
        string? End,
        string? Location,
        string? Url,
        DateTimeOffset? Published,
        DateTimeOffset? Corrected,
        IReadOnlyList<string> Chairs,
        IReadOnlyList<string> MinuteTakers,
        IReadOnlyList<PersonModel> Participants,
        IReadOnlyList<PersonModel> Guests,
        IReadOnlyList<AbsentModel> Absent,
        IReadOnlyList<ItemModel> Items);

    private sealed record PersonModel(string Name, string? Title, string? Organisation, string? Role);

    private sealed record AbsentModel(string Name, string? Title, string? Organisation, string? Substitute, bool SentApologies);

    private sealed record ItemModel(
        string Number,
        string Title,
        bool? Closed,
        string? Start,
        string? End,
        IReadOnlyList<string> Presenters,
        string? CaseNumber,
        IReadOnlyList<SectionModel> Sections,
        IReadOnlyList<string> Attachments,
        string? Decision,
        string? Status,
        IReadOnlyList<string> NotPresentForItem);

    private sealed record SectionModel(string Heading, string Text);
}
