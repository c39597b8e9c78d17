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
        line = Mailto().Replace(line, m => MailtoText(m.Groups["href"].Value, Tags().Replace(m.Groups["text"].Value, string.Empty)));
        line = Break().Replace(line, "\n");
        line = CellEnd().Replace(line, "\t");
        // "Anne Jensen <anne@kommune.example>" and "<mailto:anne@...>" are addresses, not tags.
        line = Tags().Replace(line, m => AutoLink().Match(m.Value) is { Success: true } address ? $"<{address.Groups[1].Value}>" : string.Empty);
        return System.Net.WebUtility.HtmlDecode(line);
    }

    /// <summary>A mailto link keeps its address: "&lt;a href="mailto:x@y"&gt;Anne Jensen&lt;/a&gt;" is "Anne Jensen &lt;x@y&gt;".</summary>
    public static string MailtoText(string href, string text)
    {
        var target = System.Net.WebUtility.HtmlDecode(href).Trim();
        if (!target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var address = target[7..].Split('?')[0].Trim();
        return text.Contains('@', StringComparison.Ordinal) || !address.Contains('@', StringComparison.Ordinal) ? text : $"{text.Trim()} <{address}>";
    }

    [GeneratedRegex(@"<u>(.*?)</u>", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Underline();

    [GeneratedRegex(@"<a\s(?:[^>]*?\bhref\s*=\s*[""']?(?<href>[^""'\s>]*))?[^>]*>(?<text>.*?)</a>", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Mailto();

    [GeneratedRegex(@"<br\s*/?>|</p>|</li>|</div>|</tr>", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Break();

    [GeneratedRegex(@"</t[dh]>", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^<(?:mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AutoLink();
}
