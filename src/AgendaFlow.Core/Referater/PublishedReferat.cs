using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// Where the published site lives: <paramref name="BaseUrl"/> is the public address of the publishing container's
/// root (e.g. <c>https://region.example/referater/</c>); every path below is relative to it.
/// </summary>
public sealed record ReferatSite(Uri BaseUrl, string Title = "Referater")
{
    /// <summary>A site whose address is not known: pages link to each other and their assets relatively, which is all they need.</summary>
    public static ReferatSite Relative { get; } = new(new Uri("https://referater.invalid/"));

    public Uri Url(string path) => new($"{BaseUrl.AbsoluteUri.TrimEnd('/')}/{path.TrimStart('/')}");

    public const string SiteIndexPath = "index.html";

    public const string ManifestPath = "manifest.json";

    /// <summary>The static website's error document (infra/hooks/postdeploy.sh: <c>--404-document 404.html</c>).</summary>
    public const string NotFoundPath = "404.html";

    /// <summary>Where the design system's files live on the site; pages reach them with a relative link.</summary>
    public const string AssetFolder = "assets/dkfds/";

    /// <summary>The frame of a page <paramref name="depth"/> folders below the site's root.</summary>
    public Rendering.PageFrame Frame(int depth) =>
        new(string.Concat(Enumerable.Repeat("../", depth)) + AssetFolder, Title, string.Concat(Enumerable.Repeat("../", depth)) + SiteIndexPath);

    public static string CommitteeIndexPath(string committeeSlug) => $"{committeeSlug}/index.html";

    public static string FeedPath(string committeeSlug) => $"{committeeSlug}/feed.atom";

    public static string CalendarPath(string committeeSlug) => $"{committeeSlug}/moeder.ics";
}

/// <summary>
/// A referat as the public may see it: closed items reduced to their number (see <see cref="ClosedItems"/>), with a
/// stable place on the site, <c>{committee}/{yyyy-MM-dd}-{slug}.html</c> and the JSON twin beside it. Create it
/// with <see cref="From"/>; there is no way to build one that still holds a closed item's text.
/// </summary>
public sealed class PublishedReferat
{
    private PublishedReferat(string committeeSlug, string committeeName, AgendaDocument document, DateOnly date, DateTimeOffset published, DateTimeOffset? corrected, DateOnly? approvedOn)
    {
        ApprovedOn = approvedOn;
        CommitteeSlug = committeeSlug;
        CommitteeName = committeeName;
        Document = document;
        Date = date;
        Published = published;
        Corrected = corrected;
        Slug = $"{date:yyyy-MM-dd}-{Slugs.Of(document.Title)}";
    }

    public const string NoDateReason = "Referatet har ingen mødedato, som kan læses, og kan derfor ikke offentliggøres. Skriv datoen øverst, fx \"Tidspunkt: torsdag den 10. december 2026 kl. 13.00\".";

    public const string NotMinutesReason = "Filen er en dagsorden, ikke et referat. Kun referater offentliggøres.";

    /// <summary>The committee's path segment, e.g. <c>sundhed</c>.</summary>
    public string CommitteeSlug { get; }

    public string CommitteeName { get; }

    /// <summary>The public document: closed items already reduced.</summary>
    public AgendaDocument Document { get; }

    public DateOnly Date { get; }

    /// <summary>When it first went out.</summary>
    public DateTimeOffset Published { get; }

    /// <summary>When it was last republished with changed content (a correction); null if never.</summary>
    public DateTimeOffset? Corrected { get; }

    public DateTimeOffset Updated => Corrected ?? Published;

    /// <summary>The approval day the document or its metadata names; null when it only says yes.</summary>
    public DateOnly? ApprovedOn { get; }

    /// <summary><c>2026-12-10-sundhedsstyregruppen</c>: stable for the meeting.</summary>
    public string Slug { get; }

    /// <summary>The site-wide key, <c>{committee}/{yyyy-MM-dd}-{slug}</c>.</summary>
    public string Key => $"{CommitteeSlug}/{Slug}";

    public string PagePath => $"{Key}.html";

    public string JsonPath => $"{Key}.json";

    /// <summary>SHA-256 of the public content (not of the publishing times), so a correction is a change of this hash.</summary>
    public string ContentHash => Hash(ReferatJson.Content(this));

    /// <param name="committee">The committee as the upload's folder names it (its slug is the path segment).</param>
    /// <param name="committeeName">How the committee is called on pages; defaults to <paramref name="committee"/>.</param>
    /// <exception cref="ArgumentException">The document is not minutes or has no date (the message says so in Danish).</exception>
    public static PublishedReferat From(AgendaDocument document, string committee, DateTimeOffset published, DateTimeOffset? corrected = null, string? committeeName = null, DateOnly? approvedOn = null)
    {
        if (document.Kind != DocumentKind.Minutes)
        {
            throw new ArgumentException(NotMinutesReason, nameof(document));
        }

        if (document.Date is not { } date)
        {
            throw new ArgumentException(NoDateReason, nameof(document));
        }

        var redacted = document with { Items = document.Items.Select(ClosedItems.Redact).ToList() };
        return new PublishedReferat(Slugs.Of(committee), string.IsNullOrWhiteSpace(committeeName) ? committee.Trim() : committeeName.Trim(), redacted, date, published, corrected, approvedOn);
    }

    /// <summary>The same referat with other publishing times.</summary>
    public PublishedReferat At(DateTimeOffset published, DateTimeOffset? corrected) =>
        new(CommitteeSlug, CommitteeName, Document, Date, published, corrected, ApprovedOn);

    /// <summary>A line for indexes and feeds.</summary>
    public ReferatListing Listing() => new(Key, CommitteeSlug, CommitteeName, Document.Title, Date, PagePath, Published, Corrected, Summary(), ContentHash);

    public string Summary() =>
        $"Referat af {Document.Title}, {Danish.DanishText.LongDate(Date)}. Punkter: " +
        string.Join("; ", Document.Items.Select(i => $"{i.Number}. {i.Title}")) + ".";

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>What indexes and feeds need of a published referat; kept in the manifest so they can be rebuilt without the documents.</summary>
public sealed record ReferatListing(
    string Key,
    string CommitteeSlug,
    string CommitteeName,
    string Title,
    DateOnly Date,
    string PagePath,
    DateTimeOffset Published,
    DateTimeOffset? Corrected,
    string Summary,
    string ContentHash)
{
    public DateTimeOffset Updated => Corrected ?? Published;
}

/// <summary>URL-safe path segments: lower case ASCII, æ/ø/å spelled out, dashes between words.</summary>
public static class Slugs
{
    public static string Of(string text)
    {
        var chars = text.Trim().ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')
            .ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 80)
        {
            slug = slug[..80].TrimEnd('-');
        }

        return slug.Length == 0 ? "referat" : slug;
    }
}
