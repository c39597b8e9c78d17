using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Finds what the participant wrote now in a reply: drops the quoted invitation (Outlook header
/// blocks, "Den ... skrev:", "On ... wrote:", "&gt;" lines, "-----Oprindelig meddelelse-----"), the
/// signature and the legal disclaimer. Only the new text may decide what a reply means, because the
/// invitation itself says "deltager" and "afbud".
/// </summary>
public static partial class NewTextExtractor
{
    public static string Extract(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        var lines = body.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ').Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var trimmed = line.TrimStart();

            if (trimmed.StartsWith('>'))
            {
                continue;
            }

            if (IsAttribution(lines, i, out var attributionLines))
            {
                // Bottom-posted answers follow a ">"-quoted block; anything else after the attribution is the quote itself.
                var next = NextNonBlank(lines, i + attributionLines);
                if (next is not null && next.TrimStart().StartsWith('>'))
                {
                    i += attributionLines - 1;
                    continue;
                }

                break;
            }

            if (StartsQuotedMail(lines, i) || IsSignatureStart(trimmed, line))
            {
                break;
            }

            // "Tak," on its own line after the answer closes it; before any answer it is a greeting.
            if (ThanksLine().IsMatch(trimmed) && kept.Any(k => !string.IsNullOrWhiteSpace(k)))
            {
                break;
            }

            var inlineClosing = InlineClosing().Match(line);
            if (inlineClosing.Success && inlineClosing.Index > 0)
            {
                kept.Add(line[..inlineClosing.Index]);
                break;
            }

            kept.Add(line);
        }

        var text = string.Join('\n', kept).Trim();
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }

    /// <summary>
    /// An answer is a few sentences at the top; reading pasted documents in full would only cost time
    /// (the rules are regular expressions run per sentence).
    /// </summary>
    public const int MaxLength = 4000;

    private static string? NextNonBlank(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                return lines[i];
            }
        }

        return null;
    }

    /// <summary>"Den tors. 10. dec. 2026 kl. 09.12 skrev X:" or "On ..., X wrote:", which clients wrap over two or three lines.</summary>
    private static bool IsAttribution(string[] lines, int index, out int lineCount)
    {
        lineCount = 0;
        var trimmed = lines[index].Trim();
        if (!AttributionStart().IsMatch(trimmed) && !AttributionEnd().IsMatch(trimmed))
        {
            return false;
        }

        var joined = trimmed;
        for (var count = 1; count <= 3 && index + count <= lines.Length; count++)
        {
            if (count > 1)
            {
                joined += " " + lines[index + count - 1].Trim();
            }

            if (Attribution().IsMatch(joined))
            {
                lineCount = count;
                return true;
            }
        }

        return false;
    }

    private static bool StartsQuotedMail(string[] lines, int index)
    {
        var trimmed = lines[index].Trim();
        if (OriginalMessageSeparator().IsMatch(trimmed) || ForwardMarker().IsMatch(trimmed))
        {
            return true;
        }

        // Outlook's rule before its header block.
        if (trimmed.Length >= 10 && trimmed.All(c => c == '_'))
        {
            return true;
        }

        // An Outlook header block: "Fra:" followed within a few lines by "Sendt:", "Til:" or "Emne:",
        // or all on one line when an HTML client lost the line breaks.
        if (!HeaderFrom().IsMatch(trimmed))
        {
            return false;
        }

        if (HeaderBlockOnOneLine().IsMatch(trimmed))
        {
            return true;
        }

        for (var j = index + 1; j < lines.Length && j <= index + 4; j++)
        {
            if (HeaderOther().IsMatch(lines[j].Trim()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSignatureStart(string trimmed, string line) =>
        line == "--" || line == "-- " || trimmed == "--" || trimmed == "—"
        || Closing().IsMatch(trimmed)
        || SentFromDevice().IsMatch(trimmed)
        || Disclaimer().IsMatch(trimmed);

    [GeneratedRegex(@"^(den|d\.|on|am|le|el|op)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"(skrev|wrote|schrieb|a écrit|escribió|schreef|skrev følgende)\s*:?\s*$|\bskrev\s+(den|d\.)\s+.{0,60}:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^(den|d\.|on|am|le|el|op)\b.{0,200}\b(skrev|wrote|schrieb|a écrit|escribió|schreef)\b[^:]{0,60}:\s*$|^.{0,200}\b(skrev|wrote|schrieb)\s*:\s*$|^.{0,200}\bskrev\s+(den|d\.)\s+.{0,60}:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^-{2,}\s*(oprindelig\s+(meddelelse|besked|e-?mail)|original\s+message|videresendt\s+(meddelelse|besked)|forwarded\s+message|ursprüngliche\s+nachricht|ursprungligt\s+meddelande)\s*-{0,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessageSeparator();

    [GeneratedRegex(@"^(begin forwarded message|start på videresendt (meddelelse|besked)|videresendt (meddelelse|besked))\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardMarker();

    [GeneratedRegex(@"^\*?(fra|from|von|från|de)\s*:\*?\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"\s\*?(sendt|sent|dato|date)\s*:\*?\s.*\s\*?(til|to|emne|subject)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderBlockOnOneLine();

    [GeneratedRegex(@"^(tak|mange\s+tak|thanks|thank\s+you|many\s+thanks)\s*[,.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanksLine();

    [GeneratedRegex(@"^\*?(sendt|sent|dato|date|til|to|emne|subject|cc|gesendet|an|betreff|skickat|till|ämne)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderOther();

    // A closing on a line of its own ends the answer: what follows is name, title and address.
    [GeneratedRegex(
        @"^(med\s+)?(venlig(st)?|venlige|mange|kærlig(e)?|bedste|de\s+bedste)\s+hils(en|ner|ener)\b|^hils(en|ner)\b|^mvh\.?\b|^m\.v\.h\.?|^vh\.?\s*$|^vh\s|^kh\.?\s*$|^kh\s|^bh\.?\s*$|^(best|kind|warm)(est)?\s+regards\b|^regards\b|^best\s*,?\s*$|^cheers\b|^sincerely\b|^yours\s+(sincerely|truly)\b|^thanks\s*,\s*$|^with\s+kind\s+regards\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\s(med\s+venlig\s+hilsen|venlig\s+hilsen|mvh\.?|best\s+regards|kind\s+regards)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineClosing();

    [GeneratedRegex(@"^(sendt\s+fra\s+min|sent\s+from\s+my|hent\s+outlook\s+til|get\s+outlook\s+for|sendt\s+från\s+min|von\s+meinem|sendt\s+fra\s+outlook|sent\s+from\s+outlook|sendt\s+fra\s+mail\s+til|sent\s+from\s+mail\s+for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentFromDevice();

    [GeneratedRegex(
        @"^(denne\s+(e-?mail|mail|meddelelse|besked)\s+(kan\s+indeholde|er\s+fortrolig|indeholder|og\s+eventuelle)|this\s+(e-?mail|message)\s+(and\s+any|may\s+contain|is\s+confidential|contains)|fortrolighed\b|fortroligt\b|confidentiality\b|disclaimer\b|ansvarsfraskrivelse\b|tænk\s+på\s+miljøet|please\s+consider\s+the\s+environment|sådan\s+behandler\s+vi\s+dine\s+personoplysninger|læs\s+om\s+hvordan\s+vi\s+behandler|vi\s+behandler\s+personoplysninger|if\s+you\s+(have\s+)?received\s+this\s+(e-?mail|message)\s+in\s+error|hvis\s+du\s+har\s+modtaget\s+denne\s+(e-?mail|mail|meddelelse)\s+ved\s+en\s+fejl)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimer();
}
