using System.Xml.Linq;
using AgendaFlow.Core.Referater;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class AtomFeedTests
{
    private static readonly XNamespace A = "http://www.w3.org/2005/Atom";

    /// <summary>The Atom (RFC 4287) rules a reader depends on.</summary>
    internal static void AssertValidAtom(string xml)
    {
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(A + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(A + "id")?.Value));
        Assert.True(Uri.TryCreate(feed.Element(A + "id")!.Value, UriKind.Absolute, out _));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(A + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(A + "updated")?.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
        var self = Assert.Single(feed.Elements(A + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.True(Uri.TryCreate((string?)self.Attribute("href"), UriKind.Absolute, out _));
        Assert.NotNull(feed.Element(A + "author")?.Element(A + "name"));
        var ids = new HashSet<string>();
        foreach (var entry in feed.Elements(A + "entry"))
        {
            var id = entry.Element(A + "id")?.Value;
            Assert.False(string.IsNullOrWhiteSpace(id));
            Assert.True(ids.Add(id!), "entry ids are unique");
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(A + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(A + "updated")?.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
            var link = Assert.Single(entry.Elements(A + "link"), l => (string?)l.Attribute("rel") is null or "alternate");
            Assert.True(Uri.TryCreate((string?)link.Attribute("href"), UriKind.Absolute, out _));
            Assert.NotNull(entry.Element(A + "summary"));
        }
    }

    private static ReferatListing Listing(string title, DateOnly date, DateTimeOffset published, DateTimeOffset? corrected = null) =>
        new($"sundhed/{date:yyyy-MM-dd}-{Slugs.Of(title)}", "sundhed", "Sundhedsstyregruppen", title, date, $"sundhed/{date:yyyy-MM-dd}-{Slugs.Of(title)}.html", published, corrected, $"Referat af {title}.", "hash");

    [Fact]
    public void The_feed_follows_the_Atom_rules_with_entries_newest_first()
    {
        var xml = AtomFeed.Render("sundhed", "Sundhedsstyregruppen", [
            Listing("Sundhedsstyregruppen", new DateOnly(2026, 9, 1), ReferatSamples.Now.AddDays(-90)),
            Listing("Sundhedsstyregruppen", new DateOnly(2026, 12, 10), ReferatSamples.Now),
        ], ReferatSamples.Site);

        AssertValidAtom(xml);
        var entries = XDocument.Parse(xml).Root!.Elements(A + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains("10. december 2026", entries[0].Element(A + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("2026-12-16T07:00:00Z", XDocument.Parse(xml).Root!.Element(A + "updated")!.Value);
        Assert.Equal("https://region.example/referater/sundhed/feed.atom", XDocument.Parse(xml).Root!.Elements(A + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void Entry_ids_are_stable_uuids_derived_from_the_address_and_survive_a_correction()
    {
        var first = Listing("Sundhedsstyregruppen", new DateOnly(2026, 12, 10), ReferatSamples.Now);
        var corrected = first with { Corrected = ReferatSamples.Now.AddDays(2) };

        var a = XDocument.Parse(AtomFeed.Render("sundhed", "S", [first], ReferatSamples.Site)).Root!.Element(A + "entry")!;
        var b = XDocument.Parse(AtomFeed.Render("sundhed", "S", [corrected], ReferatSamples.Site)).Root!.Element(A + "entry")!;

        Assert.Equal(a.Element(A + "id")!.Value, b.Element(A + "id")!.Value);
        Assert.StartsWith("urn:uuid:", a.Element(A + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal('5', a.Element(A + "id")!.Value["urn:uuid:".Length + 14]);
        Assert.NotEqual(a.Element(A + "updated")!.Value, b.Element(A + "updated")!.Value);
        Assert.Equal(a.Element(A + "published")!.Value, b.Element(A + "published")!.Value);
    }

    [Fact]
    public void The_same_referater_give_the_same_bytes()
    {
        var listings = new[] { Listing("A", new DateOnly(2026, 12, 10), ReferatSamples.Now), Listing("B", new DateOnly(2026, 12, 10), ReferatSamples.Now) };

        Assert.Equal(
            AtomFeed.Render("sundhed", "S", listings, ReferatSamples.Site),
            AtomFeed.Render("sundhed", "S", listings.Reverse(), ReferatSamples.Site));
    }

    [Fact]
    public void Markup_and_control_characters_in_titles_cannot_break_the_feed()
    {
        var hostile = Listing("<script>alert(1)</script> & \u0001\u000B budget ]]>", new DateOnly(2026, 12, 10), ReferatSamples.Now) with { Summary = "</summary><entry>\u0002" };

        var xml = AtomFeed.Render("sundhed", "Udvalg <b>&</b>", [hostile], ReferatSamples.Site);

        AssertValidAtom(xml);
        Assert.DoesNotContain("<script", xml, StringComparison.Ordinal);
        Assert.Single(XDocument.Parse(xml).Root!.Elements(A + "entry"));
        Assert.Equal("</summary><entry>", XDocument.Parse(xml).Root!.Element(A + "entry")!.Element(A + "summary")!.Value);
    }

    [Fact]
    public void An_empty_feed_is_still_valid()
    {
        AssertValidAtom(AtomFeed.Render("sundhed", "Sundhedsstyregruppen", [], ReferatSamples.Site));
    }

    [Fact]
    public void The_committee_index_links_to_its_feed_with_Abonner()
    {
        var html = CommitteeIndex.Render("Sundhedsstyregruppen", [Listing("Sundhedsstyregruppen", new DateOnly(2026, 12, 10), ReferatSamples.Now)], hasCalendar: true);

        Assert.Contains("<h2>Abonnér</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"feed.atom\" type=\"application/atom+xml\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"moeder.ics\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"2026-12-10-sundhedsstyregruppen.html\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_index_lists_every_referat_newest_first_with_its_committee()
    {
        var older = Listing("Sundhedsstyregruppen", new DateOnly(2026, 9, 1), ReferatSamples.Now);
        var newer = Listing("Sundhedsstyregruppen", new DateOnly(2026, 12, 10), ReferatSamples.Now) with { CommitteeSlug = "akut", CommitteeName = "Akutudvalget", Key = "akut/2026-12-10-s", PagePath = "akut/2026-12-10-s.html" };

        var html = SiteIndex.Render([older, newer]);

        Assert.True(html.IndexOf("akut/2026-12-10-s.html", StringComparison.Ordinal) < html.IndexOf("sundhed/2026-09-01", StringComparison.Ordinal));
        Assert.Contains("(Akutudvalget)", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"akut/index.html\">Akutudvalget</a>", html, StringComparison.Ordinal);
    }
}
