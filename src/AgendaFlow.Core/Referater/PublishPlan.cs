using System.Text.Json;
using System.Text.RegularExpressions;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// What the site holds, as the last publishing run left it (<c>manifest.json</c> at the root of the container):
/// every published referat's listing and the hash of every file written.
/// </summary>
public sealed record PublishManifest(IReadOnlyList<ReferatListing> Referater, IReadOnlyDictionary<string, string> Files)
{
    public static PublishManifest Empty { get; } = new([], new Dictionary<string, string>());

    public string ToJson() => JsonSerializer.Serialize(
        new PublishManifest(
            Referater.OrderBy(r => r.Key, StringComparer.Ordinal).ToList(),
            new SortedDictionary<string, string>(Files.ToDictionary(), StringComparer.Ordinal)),
        ReferatJson.Options) + "\n";

    /// <summary>Reads a manifest; a missing or unreadable one is an empty site (everything is written again, which is safe).</summary>
    public static PublishManifest Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        try
        {
            var m = JsonSerializer.Deserialize<PublishManifest>(json, ReferatJson.Options);
            return m is null ? Empty : new PublishManifest(m.Referater ?? [], m.Files ?? new Dictionary<string, string>());
        }
        catch (JsonException)
        {
            return Empty;
        }
    }
}

/// <summary>An approved referat to publish: the parsed minutes and the committee (the upload's folder).</summary>
/// <param name="CommitteeName">How people call the committee (the roster's <c>Udvalg</c> row); else the document's title is used.</param>
/// <param name="ApprovedOn">The approval day the document or metadata names, for the page's approval line.</param>
public sealed record ReferatSource(AgendaDocument Document, string Committee, string? CommitteeName = null, string? SourceName = null, DateOnly? ApprovedOn = null);

/// <summary>The coming meetings of the committees whose calendars are published, and the settings their UIDs need.</summary>
/// <param name="CommitteeNames">Committee display names by slug (the rosters' <c>Udvalg</c> rows), for committees known only by their coming meetings.</param>
public sealed record CalendarInput(IReadOnlyList<Meeting> Meetings, MailSettings Settings, IReadOnlyDictionary<string, string>? CommitteeNames = null);

/// <summary>One file to write: its path under the publishing container, content type and text (UTF-8).</summary>
public sealed record PlannedFile(string Path, string ContentType, string Content, string Hash);

/// <summary>
/// The pure heart of PublishReferater. Given what is published (the manifest) and the approved referater, it says
/// which files to write, in an order that never leaves half a site: referat pages and their JSON first, then the
/// committee indexes, feeds and calendars, then the site index, and the manifest last. Files whose content has not
/// changed are left alone, so a second run with nothing new writes nothing. A referat whose public content changed
/// keeps its first publication time and gets a "Rettet" date. A referat that is no longer approved stays published
/// (taking a page down is a person's decision, not a timer's).
/// </summary>
public sealed partial record PublishPlan(
    IReadOnlyList<PlannedFile> Writes,
    IReadOnlyList<string> Unchanged,
    PublishManifest Manifest,
    IReadOnlyList<PublishedReferat> New,
    IReadOnlyList<PublishedReferat> Corrected,
    IReadOnlyList<string> Problems)
{
    public bool NothingToDo => Writes.Count == 0 && AssetWrites.Count == 0;

    /// <summary>Design system files (stylesheet, fonts, icons) to copy to the site before any page, by their site path.</summary>
    public IReadOnlyList<string> AssetWrites { get; init; } = [];

    /// <param name="assets">The design system's files as the site should hold them: site path to SHA-256. Only changed ones are written.</param>
    public static PublishPlan Create(PublishManifest current, IEnumerable<ReferatSource> approved, ReferatSite site, DateTimeOffset now, CalendarInput? calendars = null,
        IReadOnlyDictionary<string, string>? assets = null)
    {
        // Whole seconds in UTC: what Atom and the manifest show, and what a second run compares against.
        now = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var problems = new List<string>();
        var existing = current.Referater.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var referater = new Dictionary<string, PublishedReferat>(StringComparer.Ordinal);
        var fresh = new List<PublishedReferat>();
        var corrected = new List<PublishedReferat>();
        foreach (var source in approved)
        {
            PublishedReferat candidate;
            try
            {
                candidate = PublishedReferat.From(source.Document, source.Committee, now, null, source.CommitteeName, source.ApprovedOn);
            }
            catch (ArgumentException ex)
            {
                problems.Add($"{source.SourceName ?? source.Document.Title}: {ex.Message.Split(" (Parameter", 2)[0]}");
                continue;
            }

            if (referater.ContainsKey(candidate.Key))
            {
                problems.Add($"{source.SourceName ?? source.Document.Title}: der er allerede et godkendt referat af {candidate.Document.Title} den {candidate.Date:yyyy-MM-dd}; kun det første offentliggøres.");
                continue;
            }

            if (existing.TryGetValue(candidate.Key, out var before))
            {
                if (before.ContentHash == candidate.ContentHash)
                {
                    candidate = candidate.At(before.Published, before.Corrected);
                }
                else
                {
                    candidate = candidate.At(before.Published, now);
                    corrected.Add(candidate);
                }
            }
            else
            {
                fresh.Add(candidate);
            }

            referater[candidate.Key] = candidate;
        }

        var listings = current.Referater.Where(r => !referater.ContainsKey(r.Key))
            .Concat(referater.Values.Select(r => r.Listing()))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        var files = new List<(PlannedFile File, string CompareHash)>();
        void Add(string path, string type, string content, string? compareContent = null)
        {
            var hash = PublishedReferat.Hash(content);
            files.Add((new PlannedFile(path, type, content, hash), compareContent is null ? hash : PublishedReferat.Hash(compareContent)));
        }

        foreach (var r in referater.Values.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            Add(r.PagePath, "text/html; charset=utf-8", ReferatPage.Render(r, site));
            Add(r.JsonPath, "application/json; charset=utf-8", ReferatJson.Render(r, site));
        }

        var calendarByCommittee = (calendars?.Meetings ?? []).GroupBy(m => Slugs.Of(m.Committee)).ToDictionary(g => g.Key, g => g.ToList());
        var committees = listings.GroupBy(l => l.CommitteeSlug).ToDictionary(g => g.Key, g => g.Last().CommitteeName);
        foreach (var slug in calendarByCommittee.Keys.Where(k => !committees.ContainsKey(k)))
        {
            var coming = calendarByCommittee[slug][0];
            committees[slug] = calendars!.CommitteeNames?.GetValueOrDefault(slug) ?? coming.Title;
        }

        foreach (var (slug, name) in committees.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var own = listings.Where(l => l.CommitteeSlug == slug).ToList();
            var hasCalendar = calendarByCommittee.ContainsKey(slug);
            Add(ReferatSite.CommitteeIndexPath(slug), "text/html; charset=utf-8", CommitteeIndex.Render(name, own, hasCalendar, site));
            Add(ReferatSite.FeedPath(slug), "application/atom+xml; charset=utf-8", AtomFeed.Render(slug, name, own, site));
            if (hasCalendar)
            {
                var ics = CalendarFeed.Render(name, calendarByCommittee[slug], calendars!.Settings, now, now);
                Add(ReferatSite.CalendarPath(slug), "text/calendar; charset=utf-8", ics, DtStamp().Replace(ics, string.Empty));
            }
        }

        Add(ReferatSite.SiteIndexPath, "text/html; charset=utf-8", SiteIndex.Render(listings, site.Title, committees));
        Add(ReferatSite.NotFoundPath, "text/html; charset=utf-8", NotFoundPage.Render(site));

        var writes = new List<PlannedFile>();
        var unchanged = new List<string>();
        var hashes = new Dictionary<string, string>(current.Files, StringComparer.Ordinal);
        var assetWrites = new List<string>();
        foreach (var (path, hash) in (assets ?? new Dictionary<string, string>()).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!current.Files.TryGetValue(path, out var old) || old != hash)
            {
                assetWrites.Add(path);
                hashes[path] = hash;
            }
        }

        foreach (var (file, compareHash) in files)
        {
            if (current.Files.TryGetValue(file.Path, out var old) && old == compareHash)
            {
                unchanged.Add(file.Path);
            }
            else
            {
                writes.Add(file);
                hashes[file.Path] = compareHash;
            }
        }

        var manifest = new PublishManifest(listings, hashes);
        if (writes.Count > 0 || assetWrites.Count > 0 || !SameListings(current, manifest))
        {
            var json = manifest.ToJson();
            writes.Add(new PlannedFile(ReferatSite.ManifestPath, "application/json; charset=utf-8", json, PublishedReferat.Hash(json)));
        }
        else
        {
            unchanged.Add(ReferatSite.ManifestPath);
        }

        return new PublishPlan(writes, unchanged, manifest, fresh, corrected, problems) { AssetWrites = assetWrites };
    }

    private static bool SameListings(PublishManifest a, PublishManifest b) =>
        a.Referater.OrderBy(r => r.Key, StringComparer.Ordinal).SequenceEqual(b.Referater.OrderBy(r => r.Key, StringComparer.Ordinal));

    [GeneratedRegex(@"^DTSTAMP[^\r\n]*\r?\n", RegexOptions.Multiline, RegexBudget.Milliseconds)]
    private static partial Regex DtStamp();
}
