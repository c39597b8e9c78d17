using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Attendance for part of a meeting: arriving late ("kommer først kl. 11", "kommer ca. 11.15"), leaving early
/// ("må forlade mødet kl. 12.30", "deltager frem til frokost"), some items only ("deltager kun under punkt 2",
/// "afbud til punkt 4-6 … med på resten"), or a part ("kun den første time").
/// </summary>
internal static partial class PartialCues
{
    /// <summary>The items belong to the verb ("deltager kun i punkt 3"), or the clause says "kun" about them.</summary>
    public static bool OnlySomeItems(string clause) =>
        ItemReference().IsMatch(clause) && (OnlyWord().IsMatch(clause) || VerbWithItems().IsMatch(clause));

    public static bool SaysOnly(string clause) => OnlyWord().IsMatch(clause);

    public static bool WholeMeeting(string fromVerb) => Whole().IsMatch(fromVerb);

    public static void Read(string clause, List<ClauseCue> cues)
    {
        Add(ArrivesLate().Match(clause), TextCueKind.ArrivesLate, "late arrival", cues);
        Add(LeavesEarly().Match(clause), TextCueKind.LeavesEarly, "early departure", cues);
        Add(OnlyPart().Match(clause), TextCueKind.OnlyPart, "part of the meeting", cues);
        if (!ArrivesLate().IsMatch(clause))
        {
            Add(ArrivalTime().Match(clause), TextCueKind.ArrivesAt, "arrival time", cues);
        }
    }

    private static void Add(Match match, TextCueKind kind, string rule, List<ClauseCue> cues)
    {
        if (match.Success)
        {
            cues.Add(new ClauseCue(kind, match.Value.Trim(), rule));
        }
    }

    [GeneratedRegex(@"\b(deltager|deltage|deltag|kommer|komme|være\s+med|er\s+med|være\s+til\s+stede|attend|attending|join|joining|be\s+there|present)\s+(\S+\s+){0,3}?(i|til|under|ved|for|fra|from|during|in|at)?\s*(dagsordens?)?(punkt|pkt|item)", RegexOptions.CultureInvariant)]
    private static partial Regex VerbWithItems();

    [GeneratedRegex(@"\b(punkt(erne)?|pkt\.?|dagsordens?punkt(erne|et)?|item(s)?|agenda\s+item(s)?)\s*\d+", RegexOptions.CultureInvariant)]
    private static partial Regex ItemReference();

    [GeneratedRegex(@"\b(kun|alene|udelukkende|only|just)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyWord();

    [GeneratedRegex(@"\b(hele|fra\s+start(en)?|fra\s+begyndelsen|til\s+slut|whole|entire|full|from\s+the\s+start|until\s+the\s+end)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"\bkommer\s+(\S+\s+){0,5}?(senere|for\s+sent|sent)\b|\bførst\s+(kl\b|klokken|ved|omkring|fra|efter|til|når|om\s|ca\b|\d)|\bkan\s+(desværre\s+)?først\b|\b(kommer|ankommer|møder\s+op|deltager|er\s+der)\s+(\S+\s+){0,3}?først\b|\b(forsinket|forsinkelse|støder\s+til|støder\s+først\s+til)\b|\b(deltager|deltage|kommer|komme|er\s+med|være\s+med|er\s+der|være\s+der)\s+(\S+\s+){0,2}?fra\s+(kl\b|klokken|\d)|\bkommer\s+(\S+\s+){0,2}?efter\s+(frokost|pausen|kl\b|klokken|\d)|\b(arrive|arriving|join|joining|be)\s+(\S+\s+){0,2}?(late|later)\b|\brunning\s+late\b|\b(arrive|join|be\s+there)\s+(\S+\s+){0,2}?(at|around|by|from)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex ArrivesLate();

    // "Kommer ca. 11.15": a time of arrival without a word saying it is late.
    [GeneratedRegex(@"\b(kommer|ankommer|er\s+der|møder\s+op|arrive|arriving|be\s+there)\s+(ca\.?|cirka|omkring|kl\.?|klokken|around|about|at)\s*(ca\.?\s*|kl\.?\s*)?\d{1,2}([.:]\d{2})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArrivalTime();

    [GeneratedRegex(@"\b(gå|går|smutte|smutter|videre|forlade|forlader|tage\s+af\s+sted|tager\s+af\s+sted|tage\s+hjem|tager\s+hjem)\s+(\S+\s+){0,3}?(tidligt|tidligere|før|inden|kl\b|klokken|\d|efter\s+(frokost|pausen)|ved\s+frokost)|\bforlade[r]?\s+mødet\b|\b(deltager|deltage|er\s+med|være\s+med|er\s+der|være\s+der|blive|bliver)\s+(\S+\s+){0,2}?(kun\s+)?(til|indtil|frem\s+til)\s+(kl\b|klokken|\d|frokost)|\b(kun\s+)?(frem\s+)?(til|indtil)\s+(kl\b|klokken|\d|frokost)\b.{0,40}\b(gå|går|videre|forlade)\b|\bkun\s+(til|indtil)\s+(kl\b|klokken|\d|frokost)|\bleave\s+(\S+\s+){0,2}?(early|at\s+\d|before|by\s+\d)|\bleaving\s+(early|at\s+\d)|\b(have|need|must)\s+to\s+leave\b|\b(only\s+)?(until|till)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex LeavesEarly();

    [GeneratedRegex(@"\b(kun|only)\s+(\S+\s+){0,3}?(første|sidste|anden|en\s+del|formiddag\w*|eftermiddag\w*|first|second|last|part|morning|afternoon)\b|\b(en\s+del|dele)\s+af\s+mødet\b|\bpart\s+of\s+the\s+meeting\b|\bhalvdelen\s+af\b|\b(på|til|i|under|for)\s+(resten|the\s+rest)\b(?!\s+af\s+(ugen|dagen|måneden))", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyPart();
}
