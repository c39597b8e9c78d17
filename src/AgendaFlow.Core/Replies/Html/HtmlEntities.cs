using System.Net;
using System.Text;

namespace AgendaFlow.Core.Replies.Html;

/// <summary>
/// Decodes character references in HTML text as HTML5 does for the ones mail uses: named references
/// (through <see cref="WebUtility.HtmlDecode(string)"/>, which knows HTML 4's set), the Latin-1 names that
/// old clients write without ";" ("&amp;nbsp"), and numeric references, where 128–159 mean Windows-1252
/// ("&amp;#150;" is "–") and what is no character becomes U+FFFD.
/// </summary>
internal static class HtmlEntities
{
    /// <summary>Appends <paramref name="text"/> decoded, with CR and CRLF as LF and NUL dropped (as in body text).</summary>
    public static void AppendDecoded(StringBuilder output, ReadOnlySpan<char> text, bool decode)
    {
        while (!text.IsEmpty)
        {
            var special = decode ? text.IndexOfAny('&', '\r', '\0') : text.IndexOfAny('\r', '\0');
            if (special < 0)
            {
                output.Append(text);
                return;
            }

            output.Append(text[..special]);
            var c = text[special];
            text = text[(special + 1)..];
            if (c == '\r')
            {
                output.Append('\n');
                if (!text.IsEmpty && text[0] == '\n')
                {
                    text = text[1..];
                }
            }
            else if (c == '&')
            {
                text = text[AppendReference(output, text)..];
            }
        }
    }

    /// <summary>Appends the character reference that <paramref name="afterAmpersand"/> starts with; returns how much of it was read.</summary>
    private static int AppendReference(StringBuilder output, ReadOnlySpan<char> afterAmpersand)
    {
        if (!afterAmpersand.IsEmpty && afterAmpersand[0] == '#')
        {
            return AppendNumeric(output, afterAmpersand);
        }

        var nameLength = 0;
        while (nameLength < afterAmpersand.Length && char.IsAsciiLetterOrDigit(afterAmpersand[nameLength]))
        {
            nameLength++;
        }

        if (nameLength == 0)
        {
            // AngleSharp, which read replies before, took "&;" for "&": kept so answers read the same.
            output.Append('&');
            return !afterAmpersand.IsEmpty && afterAmpersand[0] == ';' ? 1 : 0;
        }

        var name = afterAmpersand[..nameLength];
        if (nameLength < afterAmpersand.Length && afterAmpersand[nameLength] == ';' && Named(name) is { } decoded)
        {
            output.Append(decoded);
            return nameLength + 1;
        }

        // Without ";" only the Latin-1 names count, and the longest that the text starts with is taken ("&copyright").
        for (var length = Math.Min(nameLength, LongestLegacyName); length >= 2; length--)
        {
            if (LegacyNameLookup.Contains(name[..length]) && Named(name[..length]) is { } legacy)
            {
                output.Append(legacy);
                return length + (length < afterAmpersand.Length && afterAmpersand[length] == ';' ? 1 : 0);
            }
        }

        output.Append('&');
        return 0;
    }

    private static string? Named(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "nbsp": return "\u00A0";
            case "amp" or "AMP": return "&";
            case "lt" or "LT": return "<";
            case "gt" or "GT": return ">";
            case "quot" or "QUOT": return "\"";
            case "apos": return "'";
            case "COPY": return "\u00A9";
            case "REG": return "\u00AE";
        }

        var reference = string.Concat("&", name, ";");
        var decoded = WebUtility.HtmlDecode(reference);
        return decoded == reference ? null : decoded;
    }

    private static int AppendNumeric(StringBuilder output, ReadOnlySpan<char> afterAmpersand)
    {
        var hex = afterAmpersand.Length > 1 && afterAmpersand[1] is 'x' or 'X';
        var i = hex ? 2 : 1;
        var digitsStart = i;
        long value = 0;
        while (i < afterAmpersand.Length && (hex ? char.IsAsciiHexDigit(afterAmpersand[i]) : char.IsAsciiDigit(afterAmpersand[i])))
        {
            value = Math.Min((value * (hex ? 16 : 10)) + DigitValue(afterAmpersand[i]), 0x110000);
            i++;
        }

        if (i == digitsStart)
        {
            output.Append('&');
            return 0;
        }

        if (i < afterAmpersand.Length && afterAmpersand[i] == ';')
        {
            i++;
        }

        AppendCodePoint(output, (int)value);
        return i;
    }

    private static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    private static void AppendCodePoint(StringBuilder output, int value)
    {
        if (value is >= 0x80 and <= 0x9F && Windows1252[value - 0x80] != '\0')
        {
            output.Append(Windows1252[value - 0x80]);
        }
        else if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            output.Append('\uFFFD');
        }
        else
        {
            output.Append(char.ConvertFromUtf32(value));
        }
    }

    /// <summary>What 128–159 mean in a numeric reference; NUL where the code point stands for itself.</summary>
    private const string Windows1252 =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private const int LongestLegacyName = 6;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegacyNameLookup = LegacyNames().GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> LegacyNames() => new(StringComparer.Ordinal)
    {
        "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute", "Ecirc",
        "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash",
        "Otilde", "Ouml", "QUOT", "REG", "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute",
        "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg",
        "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt", "iacute", "icirc", "iexcl",
        "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc",
        "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy",
        "sup1", "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml",
    };
}
