using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>The title of the meeting and the words and patterns that mark kinds, places, memos and contact details in a header.</summary>
public static partial class HeaderReader
{
    /// <summary>"Ordinært møde", "11th board meeting", "og beslutninger": words that say what kind of meeting, not which.</summary>
    private static bool NamesNoMeeting(string rest) => GenericMeeting().IsMatch(rest.Trim());

    private static string TitleFrom(string text)
    {
        var t = OrganisationMarker.Strip(text).Trim();

        // A header row flattened into one line: "Klyngestyregruppemøde Dato: 9. september 2019".
        t = EmbeddedLabel().Replace(t, string.Empty);
        t = DanishDates.RemoveDate(t);
        t = Regex.Replace(t, @"\s*[-–,]?\s*\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*$", string.Empty, RegexOptions.None, RegexBudget.PerMatch);
        return t.Trim().TrimEnd(',', '-', '–', ':').Trim();
    }

    [GeneratedRegex(@"^(?<word>referat|beslutningsreferat|mødereferat|beslutningsprotokol|dagsorden|indkaldelse|mødeindkaldelse|minutes|agenda)\b(?:\s+(?:af|for|fra|til|of|from))?\s*(?:møde(?:t)?\s+i\s+)?[:\-–]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex KindMarker();

    [GeneratedRegex(@"\s+(?:[A-ZÆØÅ][\p{L}.-]+\s+){2}/\s*\+?\d[\d ]{5,}.*$|\s*<?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+>?.*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ContactTail();

    [GeneratedRegex(@"^(?:(?:og|and|&)\s.*|(?:(?:\d+(?:st|nd|rd|th|\.)?|ordinært|ordinary|ekstraordinært|extraordinary|konstituerende|regular|annual|board|bestyrelses)\s+)*(?:møde|mødet|meeting))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex GenericMeeting();

    [GeneratedRegex(@"\s+(?:Dato|Tid|Tidspunkt|Sted|Mødested|Mødedato|Referent|Sagsnr)\.?\s*:.*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex EmbeddedLabel();

    [GeneratedRegex(@"\b(?:beslutningsreferat|mødereferat|beslutningsprotokol|referat|dagsorden|mødeindkaldelse)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex KindWord();

    [GeneratedRegex(@"^(?:(?:til|for|fra)\s*$|(?:til\s+|for\s+)?(?:mødet|møde)\s+i\s+)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex JoiningWords();

    [GeneratedRegex(@"\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s+(?:i|på)\s+(?<place>[^,;]{2,80}?)(?=\.\s|\.?$|[,;])", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PlaceAfterTime();

    [GeneratedRegex(@"^(?:i|på)\s+(?<place>[A-ZÆØÅ][^\t]{2,150})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PlaceLine();

    [GeneratedRegex(@"møde|udvalg|styregruppe|gruppe|råd\b|rådet|forum|komit|bestyrelse|klynge|netværk|forsamling", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"^(?:notat|memo|rapport|redegørelse|analyse|evaluering|høringssvar|nyhedsbrev|pressemeddelelse|brev|statusrapport|årsrapport)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex MemoMarker();

    [GeneratedRegex(@"(?:\s/\s|\+?\d[\d ]{6,}\d|\btlf\.?|\btelefon\b)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PhoneOrSlash();
}
