using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// The Atom 1.0 feed (RFC 4287) of a committee's referater, newest first. Ids are <c>urn:uuid:</c> values derived
/// from the page's address (name-based UUID, RFC 4122 version 5), so they never change while the address stands.
/// The feed's <c>updated</c> is the newest entry's, so an unchanged set of referater gives a byte-identical feed.
/// </summary>
public static class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The newest this many referater are in the feed.</summary>
    public const int MaxEntries = 50;

    public static string Render(string committeeSlug, string committeeName, IEnumerable<ReferatListing> referater, ReferatSite site)
    {
        var entries = Listing.NewestFirst(referater.Where(r => r.CommitteeSlug == committeeSlug)).Take(MaxEntries).ToList();
        var selfUrl = site.Url(ReferatSite.FeedPath(committeeSlug)).AbsoluteUri;
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", UrnFor(selfUrl)),
            new XElement(Atom + "title", Clean($"Referater: {committeeName}")),
            new XElement(Atom + "subtitle", Clean($"Godkendte referater fra {committeeName}")),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", selfUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", site.Url(ReferatSite.CommitteeIndexPath(committeeSlug)).AbsoluteUri)),
            new XElement(Atom + "author", new XElement(Atom + "name", Clean(committeeName))),
            new XElement(Atom + "generator", "AgendaFlow"),
            entries.Select(e => Entry(e, site)));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(feed).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static XElement Entry(ReferatListing r, ReferatSite site)
    {
        var url = site.Url(r.PagePath).AbsoluteUri;
        var title = r.Corrected is null ? $"{r.Title}, {Danish.DanishText.ShortDate(r.Date)}" : $"{r.Title}, {Danish.DanishText.ShortDate(r.Date)} (rettet)";
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", UrnFor(url)),
            new XElement(Atom + "title", Clean(title)),
            new XElement(Atom + "updated", Timestamp(r.Updated)),
            new XElement(Atom + "published", Timestamp(r.Published)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", url)),
            new XElement(Atom + "summary", new XAttribute("type", "text"), Clean(r.Summary)));
    }

    /// <summary>Characters XML cannot hold at all (control characters a document may carry) are dropped.</summary>
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static string Timestamp(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A name-based (SHA-1, version 5) UUID of the address in the URL namespace of RFC 4122.</summary>
    public static string UrnFor(string url)
    {
        byte[] urlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];
        var name = Encoding.UTF8.GetBytes(url);
        var hash = SHA1.HashData([.. urlNamespace, .. name]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return $"urn:uuid:{new Guid(bytes, bigEndian: true)}";
    }
}
