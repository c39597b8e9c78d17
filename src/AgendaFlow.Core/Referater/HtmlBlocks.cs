using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Core.Rendering;

namespace AgendaFlow.Core.Referater;

/// <summary>Plain text from documents turned into paragraphs and lists, every character encoded on the way.</summary>
internal static partial class HtmlBlocks
{
    public static string Paragraphs(string text)
    {
        var html = new StringBuilder();
        foreach (var block in Regex.Split(text.ReplaceLineEndings("\n").Trim(), @"\n\s*\n", RegexOptions.None, RegexBudget.PerMatch))
        {
            var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            if (lines.All(l => Bullet().IsMatch(l)))
            {
                html.Append("<ul>");
                foreach (var l in lines)
                {
                    html.Append("<li>").Append(HtmlText.Encode(Bullet().Replace(l, string.Empty))).Append("</li>");
                }

                html.Append("</ul>\n");
                continue;
            }

            html.Append("<p>").Append(string.Join("<br>", lines.Select(HtmlText.Encode))).Append("</p>\n");
        }

        return html.ToString();
    }

    /// <summary>An attachment's text with its web address, if any, as a link. Only http and https are linked.</summary>
    public static string Attachment(string text)
    {
        var m = WebAddress().Match(text);
        if (!m.Success || !Uri.TryCreate(m.Value.TrimEnd('.', ',', ')'), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return HtmlText.Encode(text);
        }

        var label = (text[..m.Index] + text[(m.Index + m.Length)..]).Trim().TrimEnd(':', '-', '–').Trim();
        if (label.Length == 0)
        {
            label = uri.AbsoluteUri;
        }

        return $"<a href=\"{HtmlText.Encode(uri.AbsoluteUri)}\">{HtmlText.Encode(label)}</a>";
    }

    [GeneratedRegex(@"^(?:[-*•·▪–])\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex WebAddress();
}
