using System.Text;

namespace AgendaFlow.Core.Rendering;

/// <summary>DKFDS's breadcrumbs: the way back up the site, the page itself last and not a link.</summary>
public static class Breadcrumbs
{
    public static string Render(params (string Href, string Text)[] links)
    {
        var html = new StringBuilder("<nav aria-label=\"Brødkrumme\" class=\"breadcrumbs\">\n<ol class=\"breadcrumbs__list\">\n");
        foreach (var (href, text) in links)
        {
            html.Append("<li class=\"breadcrumbs__list-item\"><a href=\"").Append(HtmlText.Encode(href)).Append("\" class=\"breadcrumbs__link\">")
                .Append(HtmlText.Encode(text)).Append("</a></li>\n");
        }

        return html.Append("</ol>\n</nav>\n").ToString();
    }
}
