using System.Text;

namespace AgendaFlow.Core.Rendering;

/// <summary>
/// DKFDS's breadcrumbs: the way back up the site, a chevron between the steps, and the page itself last, not a link
/// (<c>aria-current="page"</c>). The chevron is DKFDS's own icon, inline, so no icon sprite has to be on the page.
/// </summary>
public static class Breadcrumbs
{
    private const string Chevron =
        "<svg class=\"icon-svg\" focusable=\"false\" aria-hidden=\"true\" viewBox=\"0 -960 960 960\"><path d=\"M504-480 320-664l56-56 240 240-240 240-56-56 184-184Z\"/></svg>";

    /// <param name="current">The page's own name.</param>
    /// <param name="links">The pages above it, the site's front page first.</param>
    public static string Render(string current, params (string Href, string Text)[] links)
    {
        var html = new StringBuilder("<nav aria-label=\"Brødkrumme\" class=\"breadcrumbs\">\n<ol class=\"breadcrumbs__list\">\n");
        for (var i = 0; i < links.Length; i++)
        {
            html.Append("<li class=\"breadcrumbs__list-item\">").Append(i == 0 ? "" : Chevron)
                .Append("<a href=\"").Append(HtmlText.Encode(links[i].Href)).Append("\" class=\"breadcrumbs__link\">")
                .Append(HtmlText.Encode(links[i].Text)).Append("</a></li>\n");
        }

        html.Append("<li class=\"breadcrumbs__list-item\" aria-current=\"page\">").Append(links.Length == 0 ? "" : Chevron)
            .Append(HtmlText.Encode(current)).Append("</li>\n");
        return html.Append("</ol>\n</nav>\n").ToString();
    }
}
