using AgendaFlow.Core.Rendering;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// The published site's 404 page (the static website's error document). It is served at whatever address was asked
/// for, at any depth, so its links are absolute: the site's own address.
/// </summary>
public static class NotFoundPage
{
    public static string Render(ReferatSite site)
    {
        var home = site.Url(ReferatSite.SiteIndexPath).AbsoluteUri;
        var frame = new PageFrame(site.Url(ReferatSite.AssetFolder).AbsoluteUri, site.Title, home);
        return PageLayout.Render(
            "Siden findes ikke",
            "<h1>Siden findes ikke</h1>\n<p class=\"font-lead\">Adressen passer ikke til noget referat eller udvalg på sitet. " +
            "Måske er der en stavefejl i adressen, eller linket er gammelt.</p>\n" +
            $"<p><a href=\"{HtmlText.Encode(home)}\">Gå til forsiden med alle udvalg og referater</a></p>",
            frame);
    }
}
