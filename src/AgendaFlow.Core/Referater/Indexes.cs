using System.Text;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Rendering;

namespace AgendaFlow.Core.Referater;

/// <summary>A committee's page: its published referater, newest first, and the Abonnér links (Atom, calendar).</summary>
public static class CommitteeIndex
{
    /// <param name="hasCalendar">Whether the committee's calendar of coming meetings is published beside it.</param>
    public static string Render(string committeeName, IEnumerable<ReferatListing> referater, bool hasCalendar = false, ReferatSite? site = null)
    {
        var html = new StringBuilder();
        html.Append(Breadcrumbs.Render(committeeName, ("../index.html", "Alle udvalg")));
        html.Append("<h1>Referater: ").Append(HtmlText.Encode(committeeName)).Append("</h1>\n");
        html.Append("<h2>Abonnér</h2>\n<ul>\n<li><a href=\"feed.atom\" type=\"application/atom+xml\">Abonnér på nye referater fra ")
            .Append(HtmlText.Encode(committeeName)).Append(" (Atom-feed)</a></li>\n");
        if (hasCalendar)
        {
            html.Append("<li><a href=\"moeder.ics\" type=\"text/calendar\">Kommende møder i din kalender (iCalendar)</a></li>\n");
        }

        html.Append("</ul>\n<h2>Referater</h2>\n");
        Listing.Append(html, referater, withCommittee: false, pathPrefix: string.Empty);
        return PageLayout.Render($"Referater: {committeeName}", html.ToString(), (site ?? ReferatSite.Relative).Frame(1));
    }
}

/// <summary>The site's front page: every committee with a page of its own, and every published referat, newest first, with its committee.</summary>
public static class SiteIndex
{
    /// <param name="committeePages">Every committee whose index is written (slug to display name), also those with only a calendar so far.</param>
    public static string Render(IEnumerable<ReferatListing> referater, string title = "Referater", IReadOnlyDictionary<string, string>? committeePages = null)
    {
        var list = referater.ToList();
        var html = new StringBuilder();
        html.Append("<h1>").Append(HtmlText.Encode(title)).Append("</h1>\n");
        var named = list.GroupBy(r => r.CommitteeSlug).ToDictionary(g => g.Key, g => g.Last().CommitteeName);
        foreach (var (slug, name) in committeePages ?? new Dictionary<string, string>())
        {
            named.TryAdd(slug, name);
        }

        var committees = named.Select(c => (Slug: c.Key, Name: c.Value)).OrderBy(c => c.Name, StringComparer.Create(DanishText.Culture, true)).ToList();
        if (committees.Count > 0)
        {
            html.Append("<h2>Udvalg</h2>\n<ul>\n");
            foreach (var (slug, name) in committees)
            {
                html.Append("<li><a href=\"").Append(HtmlText.Encode(ReferatSite.CommitteeIndexPath(slug))).Append("\">")
                    .Append(HtmlText.Encode(name)).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>Seneste referater</h2>\n");
        Listing.Append(html, list, withCommittee: true, pathPrefix: string.Empty);
        return PageLayout.Render(title, html.ToString(), new ReferatSite(new Uri("https://referater.invalid/"), title).Frame(0));
    }
}

internal static class Listing
{
    /// <summary>Newest meeting first; the same day ordered by key so the output never depends on input order.</summary>
    public static IEnumerable<ReferatListing> NewestFirst(IEnumerable<ReferatListing> referater) =>
        referater.OrderByDescending(r => r.Date).ThenBy(r => r.Key, StringComparer.Ordinal);

    public static void Append(StringBuilder html, IEnumerable<ReferatListing> referater, bool withCommittee, string pathPrefix)
    {
        var list = NewestFirst(referater).ToList();
        if (list.Count == 0)
        {
            html.Append("<p>Der er endnu ikke offentliggjort nogen referater.</p>\n");
            return;
        }

        html.Append("<ul>\n");
        foreach (var r in list)
        {
            // Inside a committee folder the page is a sibling; from the site root it is under the folder.
            var href = withCommittee ? r.PagePath : r.PagePath[(r.CommitteeSlug.Length + 1)..];
            html.Append("<li><a href=\"").Append(HtmlText.Encode(pathPrefix + href)).Append("\">")
                .Append(HtmlText.Encode($"{r.Title}, {DanishText.LongDate(r.Date)}")).Append("</a>");
            if (withCommittee)
            {
                html.Append(" (").Append(HtmlText.Encode(r.CommitteeName)).Append(')');
            }

            if (r.Corrected is { } corrected)
            {
                html.Append(" – rettet ").Append(HtmlText.Encode(DanishText.ShortDate(ReferatPage.LocalDate(corrected))));
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }
}
