using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Whether a clause says the writer comes or not, in Danish and English. Negation is read inside the clause and turns
/// the statement round: "jeg kan desværre ikke deltage" is absence, "jeg melder ikke afbud" is attendance. An
/// attendance verb about another meeting ("deltager gerne i næste møde") or another activity ("kommer tilbage",
/// "kommer an på") says nothing.
/// </summary>
internal static partial class AttendanceCues
{
    public static void Read(string clause, bool onlySomeItems, List<ClauseCue> cues)
    {
        if (WithdrawnAbsence().Match(clause) is { Success: true } withdrawn)
        {
            // "Se bort fra mit afbud": the opposite of what the word afbud says.
            cues.Add(new ClauseCue(TextCueKind.Attend, withdrawn.Value, "withdrawn absence"));
            return;
        }

        foreach (Match absent in AbsentPhrase().Matches(clause))
        {
            if (Negation.DirectlyBefore(clause, absent.Index))
            {
                cues.Add(new ClauseCue(TextCueKind.Attend, absent.Value, "negated absence"));
            }
            else if (AbsentForItems().IsMatch(clause[absent.Index..]))
            {
                cues.Add(new ClauseCue(TextCueKind.OnlyItems, absent.Value, "absence from items"));
            }
            else
            {
                cues.Add(new ClauseCue(TextCueKind.Absent, absent.Value, "absence phrase"));
            }
        }

        if (WholeAnswerNo().Match(clause) is { Success: true } no)
        {
            cues.Add(new ClauseCue(TextCueKind.Absent, no.Value.Trim(), "bare no"));
        }

        if (CannotAlone().Match(clause) is { Success: true } cannot)
        {
            cues.Add(new ClauseCue(TextCueKind.Absent, cannot.Value.Trim(), "cannot without verb"));
        }

        if (CanAfterAll().Match(clause) is { Success: true } can)
        {
            cues.Add(new ClauseCue(TextCueKind.Attend, can.Value.Trim(), "can without verb"));
        }

        if (AttendPhrase().Match(clause) is { Success: true } attend && !Negation.DirectlyBefore(clause, attend.Index))
        {
            cues.Add(new ClauseCue(TextCueKind.Attend, attend.Value.Trim(), "attendance phrase"));
        }

        if (WholeAnswerYes().Match(clause) is { Success: true } yes)
        {
            cues.Add(new ClauseCue(TextCueKind.Attend, yes.Value.Trim(), "bare yes"));
        }

        foreach (Match verb in AttendVerb().Matches(clause))
        {
            ReadVerb(clause, verb, onlySomeItems, cues);
        }
    }

    private static void ReadVerb(string clause, Match verb, bool onlySomeItems, List<ClauseCue> cues)
    {
        var after = clause[(verb.Index + verb.Length)..];
        if (NotAnAttendance().IsMatch(after) || OtherSubject().IsMatch(clause[..verb.Index]))
        {
            return;
        }

        if (!Negation.Of(clause, verb))
        {
            cues.Add(onlySomeItems
                ? new ClauseCue(TextCueKind.OnlyItems, verb.Value, "attendance verb with items")
                : new ClauseCue(TextCueKind.Attend, verb.Value, "attendance verb"));
            return;
        }

        // "deltager ikke i punkt 4" and "kan ikke være med hele mødet" are partial, not absent.
        if (onlySomeItems)
        {
            cues.Add(new ClauseCue(TextCueKind.OnlyItems, verb.Value, "negated attendance verb with items"));
        }
        else if (PartialCues.WholeMeeting(clause[verb.Index..]))
        {
            cues.Add(new ClauseCue(TextCueKind.OnlyPart, verb.Value, "not the whole meeting"));
        }
        else if (!InPerson().IsMatch(clause[verb.Index..]))
        {
            // "kan ikke deltage fysisk" says how, not whether: the rest of the reply decides.
            cues.Add(new ClauseCue(TextCueKind.Absent, verb.Value, "negated attendance verb"));
        }
    }

    [GeneratedRegex(@"\b(annuller\w*|træk\w*|tilbagekald\w*|se\s+bort\s+fra|glem|fortryd\w*|ignorer\w*|disregard|cancel|withdraw)\b.{0,30}\b(afbud|afmelding|apologies|decline)\b|\b(afbud|afmelding)\w*\s+(er\s+)?(annulleret|trukket\s+tilbage|gælder\s+ikke)", RegexOptions.CultureInvariant)]
    private static partial Regex WithdrawnAbsence();

    [GeneratedRegex(@"\b(afbud|forfald|takke[r]?\s+nej|melder\s+fra|er\s+(desværre\s+|allerede\s+|nok\s+)?optaget|dobbeltbooket|double-booked|har\s+(desværre\s+|allerede\s+)?(en\s+anden\s+aftale|et\s+andet\s+møde)|uden\s+mig|går\s+glip\s+af|ikke\s+til\s+rådighed|ikke\s+ledig|count\s+me\s+out|miss\s+(this|the)\s+(one|meeting)|have\s+to\s+miss|not\s+available|unavailable|er\s+(desværre\s+|selv\s+)?(på\s+)?(ferie|barsel|kursus|orlov|sygeorlov|tjenesterejse)|holder\s+(\w+\s+)?(\w*ferie)|har\s+(\w+\s+)?(\w*ferie)|on\s+(holiday|vacation|leave)|meldt\s+fra|melde\s+fra|forhindret|fraværende|ikke\s+til\s+stede|er\s+syg|sygemeldt|er\s+bortrejst|desværre\s+nej|nej\s+tak|må\s+melde|apologies|my\s+regrets|regretfully|i\s+regret|decline|declining|not\s+attending|be\s+absent|will\s+be\s+away|am\s+away|out\s+sick|sends?\s+regrets|må\s+desværre\s+sige\s+nej)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AbsentPhrase();

    // "Afbud til punkt 4-6": absence from some items only.
    [GeneratedRegex(@"^\S+(\s+\S+)?\s+(til|for|under|ved|fra|from|during)\s+(dagsordens?)?(punkt|pkt|item)", RegexOptions.CultureInvariant)]
    private static partial Regex AbsentForItems();

    // "Det kan jeg desværre ikke." and "I can't, sorry": the verb is left out because the question gave it.
    [GeneratedRegex(@"\b(kan|kunne)\s+(jeg\s+|vi\s+)?((desværre|alligevel|bare|altså|så|selv)\s+)*ikke\s*(desværre\s*|alligevel\s*|selv\s*)?([.!]|$|den\b|d\.|på\b|i\s+(dag|morgen)\b|denne\b|til\s+(mødet|det)\b)|\bi\s+can't\s*([.!]|$)|\bi\s+cannot\s*([.!]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CannotAlone();

    // "Jeg kan godt alligevel!": the verb left out again, this time saying yes.
    [GeneratedRegex(@"\b(jeg|vi)\s+kan\s+(alligevel\s+)?godt\s*(alligevel\s*)?([.!]|$)|\bi\s+can\s+(make\s+it\s+)?after\s+all\b", RegexOptions.CultureInvariant)]
    private static partial Regex CanAfterAll();

    [GeneratedRegex(@"^\s*(nej|no|desværre)\s*[.!]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeAnswerNo();

    [GeneratedRegex(@"^\s*(ja|ja\s+tak|yes|ok|okay|fint|jep|gerne|deltager|kommer|tilmeldt|accepteret|accepted|bekræftet|confirmed|sure|selvfølgelig|naturligvis|absolut|absolutely|ses|vi\s+ses)\s*[.!]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeAnswerYes();

    [GeneratedRegex(@"\b(jeg\s+er\s+med|takke[r]?\s+ja|glæder\s+mig\s+til\s+det|looking\s+forward\s+to\s+it|i'll\s+be\s+there|vi\s+er\s+med|regne?\s+med\s+mig|vi\s+ses|^\s*ses\b|ses\s+(på|den|d\.|i\s+morgen|fredag|mandag|tirsdag|onsdag|torsdag)|^\s*(ja|yes)\s+(tak\s+)?til\s+(mødet|invitationen|indkaldelsen)|glæder\s+mig\s+til\s+(at\s+se|mødet|at\s+deltage)|bekræfte[r]?\s+(hermed\s+)?(min|vores|gerne)?\s*deltagelse|tilmelde[r]?\s+(mig|os)|tilmeldt|accepter(er)?\s+(invitationen|indkaldelsen|mødet)|count\s+me\s+in|see\s+you|i'm\s+in|i\s+am\s+in|confirm\s+(my\s+)?(attendance|participation)|accept\s+the\s+invitation|looking\s+forward\s+to\s+(the\s+meeting|seeing))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttendPhrase();

    [GeneratedRegex(@"\b(deltager|deltage|deltag|kommer|komme|møder\s+op|møde\s+op|være\s+der|være\s+med|være\s+til\s+stede|er\s+til\s+stede|(?<=\b(jeg|vi)\s+)er\s+der|nå\s+det|nå\s+mødet|når\s+det|når\s+mødet|attend|attending|come|coming|join|joining|participate|participating|make\s+it|be\s+there|be\s+present)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttendVerb();

    // "kommer tilbage", "kommer an på", "kommer med et forslag", "deltager i næste møde" do not say whether someone comes.
    [GeneratedRegex(@"^\s+(tilbage|an\s+på|med\s+(et|en|nogle|flere|forslag|input|kommentar)|back|up\s+with|across|((gerne|også)\s+)?(i|til|på|in|at)\s+(det\s+|the\s+)?(næste|kommende|senere|et\s+senere|another|next|a\s+later|future))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAnAttendance();

    // "når den kommer", "hvad der kommer": the verb is about something else than the writer.
    [GeneratedRegex(@"\b(den|det|hvad\s+der|weekenden|it|that|this|what)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSubject();

    [GeneratedRegex(@"\b(fysisk|personligt|i\s+person|på\s+stedet|physically|in\s+person)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InPerson();
}
