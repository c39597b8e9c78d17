namespace AgendaFlow.Core.Rendering;

/// <summary>
/// The frame of every page people read: Danish, one h1, a main landmark, readable type and contrast that meets
/// WCAG 2.1 AA, and no sideways scrolling on a 320 px phone (long Danish compounds wrap, fields fit). No script: nothing on these pages needs one, and none can come in from documents or mails.
/// </summary>
public static class PageLayout
{
    private const string Style =
        "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5;margin:0;overflow-wrap:break-word}" +
        "main{max-width:42em;margin:0 auto;padding:1.5em}" +
        "h1{font-size:1.6em;line-height:1.25}" +
        "a{color:#0b4f8a}" +
        "label{display:block;margin-top:1em;font-weight:600}" +
        "input[type=text],input[type=email]{font:inherit;padding:.4em;width:100%;max-width:24em;box-sizing:border-box;border:1px solid #595959;border-radius:4px}" +
        "button{font:inherit;margin:1em .5em 0 0;padding:.6em 1.2em;border:0;border-radius:4px;background:#0b4f8a;color:#fff;cursor:pointer}" +
        "button.secondary{background:#fff;color:#0b4f8a;border:2px solid #0b4f8a}" +
        "button:focus,a:focus,input:focus{outline:3px solid #f2a900;outline-offset:2px}" +
        ".status{padding:.75em 1em;border-left:6px solid #0b4f8a;background:#eef4fa}" +
        ".fejl{border-left-color:#a4001d;background:#fdecee}" +
        "fieldset{border:1px solid #595959;border-radius:4px;margin:1em 0}input[type=date],input[type=time]{font:inherit;padding:.4em}" +
        "input.usikker{border:2px solid #a4001d}.usikker-maerke{color:#a4001d}label.inline{display:inline;font-weight:400}";

    public static string Render(string title, string bodyHtml) =>
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<title>{HtmlText.Encode(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n<main>\n" +
        bodyHtml +
        "\n</main>\n</body>\n</html>\n";
}
