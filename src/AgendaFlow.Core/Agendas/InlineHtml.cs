using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>The few inline HTML tags that appear in text exports, reduced to text.</summary>
public static partial class InlineHtml
{
    public static string ToText(string line)
    {
        if (!line.Contains('<', StringComparison.Ordinal) && !line.Contains('&', StringComparison.Ordinal))
        {
            return line;
        }

        line = Underline().Replace(line, m => OrganisationMarker.Open + Tags().Replace(m.Groups[1].Value, string.Empty).Trim() + OrganisationMarker.Close);
        line = Mailto().Replace(line, "$1");
        line = Break().Replace(line, "\n");
        line = CellEnd().Replace(line, "\t");
        line = Tags().Replace(line, string.Empty);
        return System.Net.WebUtility.HtmlDecode(line);
    }

    [GeneratedRegex(@"<u>(.*?)</u>", RegexOptions.IgnoreCase, 500)]
    private static partial Regex Underline();

    [GeneratedRegex(@"<a\s[^>]*>(.*?)</a>", RegexOptions.IgnoreCase, 500)]
    private static partial Regex Mailto();

    [GeneratedRegex(@"<br\s*/?>|</p>|</li>|</div>|</tr>", RegexOptions.IgnoreCase, 500)]
    private static partial Regex Break();

    [GeneratedRegex(@"</t[dh]>", RegexOptions.IgnoreCase, 500)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>", RegexOptions.None, 500)]
    private static partial Regex Tags();
}
