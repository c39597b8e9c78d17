namespace AgendaFlow.Core.Rendering;

/// <summary>
/// Where a page finds Det Fælles Designsystem's files and what its header links to. The function app serves them at
/// <c>/api/assets/dkfds/</c>; the published site carries its own copy at <c>assets/dkfds/</c>, reached by a relative
/// link from each page's folder.
/// </summary>
/// <param name="AssetBase">The folder holding DKFDS's <c>css/</c>, <c>fonts/</c> and <c>img/</c>, ending in a slash.</param>
/// <param name="SiteName">The name in the header.</param>
/// <param name="HomeHref">Where the name in the header links to; none on pages with nothing to go back to.</param>
public sealed record PageFrame(string AssetBase, string SiteName = "AgendaFlow", string? HomeHref = null)
{
    /// <summary>The function app's pages (/api/rsvp, /api/oversigt, /api/tjek): the assets the app serves.</summary>
    public static PageFrame App { get; } = new("/api/assets/dkfds/");

    public string StylesheetHref => AssetBase + "css/dkfds.min.css";
}

/// <summary>
/// The frame of every page people read, on Det Fælles Designsystem: Danish (<c>lang="da"</c>, so compounds hyphenate),
/// a skip link, DKFDS's header, one main landmark in its page container, and its footer. No script: nothing on these
/// pages needs one, and none can come in from documents or mails. <see cref="Mail"/> is the same content for a mail
/// body, which cannot load a stylesheet and carries a small one inline.
/// </summary>
public static class PageLayout
{
    // On top of DKFDS: Danish hyphenation, long words that still wrap, the mark on a field AgendaFlow is unsure of, and the figures' grid.
    private const string Extra =
        "main{-webkit-hyphens:auto;hyphens:auto;overflow-wrap:break-word}" +
        "main h1,main h2,main h3{-webkit-hyphens:auto;hyphens:auto}" +
        "fieldset{margin:1em 0}.form-input.usikker{border:2px solid #9e4f00}" +
        ".form-input,.form-select{max-width:100%}dl.tal{display:grid;grid-template-columns:auto auto;gap:0 1em;justify-content:start}dl.tal dd{margin:0}";

    private const string MailStyle =
        "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5;margin:0;overflow-wrap:break-word;-webkit-hyphens:auto;hyphens:auto}" +
        "main{max-width:42em;margin:0 auto;padding:1em}h1{font-size:1.6em;line-height:1.25}a{color:#0b4f8a}" +
        "table{border-collapse:collapse;display:block;max-width:100%;overflow-x:auto}th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #ccc;vertical-align:top}";

    public static string Render(string title, string bodyHtml) => Render(title, bodyHtml, PageFrame.App);

    public static string Render(string title, string bodyHtml, PageFrame frame)
    {
        var e = HtmlText.Encode;
        var home = frame.HomeHref is null
            ? $"<span class=\"h5\">{e(frame.SiteName)}</span>"
            : $"<a href=\"{e(frame.HomeHref)}\">{e(frame.SiteName)}</a>";
        return "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n" +
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
               $"<title>{e(title)}</title>\n<link rel=\"stylesheet\" href=\"{e(frame.StylesheetHref)}\">\n<style>{Extra}</style>\n</head>\n<body>\n" +
               "<a class=\"skipnav\" href=\"#main-content\">Gå til sidens indhold</a>\n" +
               "<header class=\"header\">\n<div class=\"solution-info\">\n<div class=\"solution-info-inner container\">\n" +
               $"<div class=\"solution-heading\">{home}</div>\n</div>\n</div>\n</header>\n" +
               "<div class=\"container page-container\">\n<main id=\"main-content\">\n" +
               bodyHtml +
               "\n</main>\n</div>\n<footer>\n<div class=\"footer\">\n<div class=\"container\">\n" +
               "<p>AgendaFlow: dagsordener, svar og referater.</p>\n</div>\n</div>\n</footer>\n</body>\n</html>\n";
    }

    /// <summary>A page as a mail's HTML part: no stylesheet to load, no header or footer.</summary>
    public static string Mail(string title, string bodyHtml) =>
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<title>{HtmlText.Encode(title)}</title>\n<style>{MailStyle}</style>\n</head>\n<body>\n<main>\n" +
        bodyHtml +
        "\n</main>\n</body>\n</html>\n";
}
