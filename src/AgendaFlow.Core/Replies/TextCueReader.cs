using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Finds what each clause of new text says about attendance, in Danish and English. Negation is read
/// inside the clause ("jeg kan desværre ikke deltage", "I won't be able to attend"), and questions
/// ("Kan jeg deltage via Teams?") say nothing.
/// </summary>
internal static partial class TextCueReader
{
    public static IReadOnlyList<TextCue> Read(string newText)
    {
        var cues = new List<TextCue>();
        var sentences = ReplySentences.Split(newText);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.IsQuestion)
            {
                continue;
            }

            // Doubt colours the whole sentence: "Jeg ved endnu ikke, om jeg kan deltage".
            if (Tentative().IsMatch(sentence.Text.ToLowerInvariant()))
            {
                cues.Add(new TextCue(TextCueKind.Tentative, s, 0, sentence.Text, ChangeOfMind().IsMatch(sentence.Text)));
            }

            for (var c = 0; c < sentence.Clauses.Count; c++)
            {
                var clause = sentence.Clauses[c];
                var changeOfMind = ChangeOfMind().IsMatch(clause);
                foreach (var kind in ReadClause(clause.ToLowerInvariant()))
                {
                    cues.Add(new TextCue(kind, s, c, sentence.Text, changeOfMind));
                }
            }
        }

        return cues;
    }

    private static IEnumerable<TextCueKind> ReadClause(string clause)
    {
        var kinds = new HashSet<TextCueKind>();
        var itemsMentioned = ItemReference().IsMatch(clause);
        var onlySomeItems = itemsMentioned && (OnlyWord().IsMatch(clause) || VerbWithItems().IsMatch(clause));

        if (WithdrawnAbsence().IsMatch(clause))
        {
            // "Se bort fra mit afbud": the opposite of what the word afbud says.
            kinds.Add(TextCueKind.Attend);
            return kinds;
        }

        if (AnswerLater().IsMatch(clause))
        {
            kinds.Add(TextCueKind.AnswerLater);
        }

        if (AbsentPhrase().IsMatch(clause) || WholeAnswerNo().IsMatch(clause))
        {
            kinds.Add(TextCueKind.Absent);
        }

        if (CannotAlone().IsMatch(clause))
        {
            kinds.Add(TextCueKind.Absent);
        }

        if (AttendPhrase().IsMatch(clause) || WholeAnswerYes().IsMatch(clause))
        {
            kinds.Add(TextCueKind.Attend);
        }

        if (ArrivesLate().IsMatch(clause))
        {
            kinds.Add(TextCueKind.ArrivesLate);
        }

        if (LeavesEarly().IsMatch(clause))
        {
            kinds.Add(TextCueKind.LeavesEarly);
        }

        if (OnlyPart().IsMatch(clause))
        {
            kinds.Add(TextCueKind.OnlyPart);
        }

        foreach (Match verb in AttendVerb().Matches(clause))
        {
            if (NotAnAttendance().IsMatch(clause[(verb.Index + verb.Length)..]))
            {
                continue;
            }

            if (!IsNegated(clause, verb))
            {
                kinds.Add(onlySomeItems ? TextCueKind.OnlyItems : TextCueKind.Attend);
                continue;
            }

            // "deltager ikke i punkt 4" and "kan ikke være med hele mødet" are partial, not absent.
            if (onlySomeItems)
            {
                kinds.Add(TextCueKind.OnlyItems);
            }
            else if (WholeMeeting().IsMatch(clause[verb.Index..]))
            {
                kinds.Add(TextCueKind.OnlyPart);
            }
            else if (InPerson().IsMatch(clause[verb.Index..]))
            {
                // "kan ikke deltage fysisk" says how, not whether: the rest of the reply decides.
                continue;
            }
            else
            {
                kinds.Add(TextCueKind.Absent);
            }
        }

        if (onlySomeItems && OnlyWord().IsMatch(clause))
        {
            kinds.Add(TextCueKind.OnlyItems);
        }

        return kinds;
    }

    /// <summary>A negation before the verb in the same clause, or right after it ("deltager desværre ikke").</summary>
    private static bool IsNegated(string clause, Match verb)
    {
        if (Negation().IsMatch(NotANegation().Replace(clause[..verb.Index], " ")))
        {
            return true;
        }

        var after = clause[(verb.Index + verb.Length)..];
        return NegationAfterVerb().IsMatch(after);
    }

    [GeneratedRegex(@"\balligevel\b|\bafter\s+all\b|\bnu\s+(kan|får)\s+jeg\b|\bhar\s+fået\s+(ændret|flyttet|aflyst)\b|\bchange\s+of\s+plans?\b|\bændrede\s+planer\b|\bi\s+stedet\s+for\s+mit\s+afbud\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeOfMind();

    [GeneratedRegex(@"\b(annuller\w*|træk\w*|tilbagekald\w*|se\s+bort\s+fra|glem|fortryd\w*|ignorer\w*|disregard|cancel|withdraw)\b.{0,30}\b(afbud|afmelding|apologies|decline)\b|\b(afbud|afmelding)\w*\s+(er\s+)?(annulleret|trukket\s+tilbage|gælder\s+ikke)", RegexOptions.CultureInvariant)]
    private static partial Regex WithdrawnAbsence();

    [GeneratedRegex(@"\b(måske|muligvis|usikker\w*|ikke\s+sikker|ved\s+(det\s+)?(endnu\s+)?ikke(\s+endnu)?\s*,?\s*(om|hvor|helt|endnu)|kan\s+endnu\s+ikke\s+sige|ikke\s+afklaret|håber\s+(at\s+kunne|på\s+at|jeg\s+kan)|forhåbentlig|prøver\s+at|forsøger\s+at|vil\s+prøve|vil\s+forsøge|med\s+forbehold|foreløbig|sandsynligvis|formentlig|hvis\s+(jeg\s+kan|muligt|det\s+er\s+muligt|jeg\s+når|tiden\s+tillader)|if\s+(possible|i\s+can|time\s+permits)|probably|tentativ\w*|maybe|perhaps|possibly|might|not\s+sure|unsure|hopefully|hope\s+to|i'll\s+try|i\s+will\s+try|try\s+to|tbc|tentative\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Tentative();

    [GeneratedRegex(@"\b(afbud|forfald|takke[r]?\s+nej|melder\s+fra|er\s+optaget|dobbeltbooket|har\s+(desværre\s+|allerede\s+)?(en\s+anden\s+aftale|et\s+andet\s+møde)|uden\s+mig|går\s+glip\s+af|ikke\s+til\s+rådighed|ikke\s+ledig|count\s+me\s+out|miss\s+(this|the)\s+(one|meeting)|have\s+to\s+miss|not\s+available|unavailable|er\s+(på\s+)?(ferie|barsel|kursus|orlov|sygeorlov|tjenesterejse)|meldt\s+fra|melde\s+fra|forhindret|fraværende|ikke\s+til\s+stede|er\s+syg|sygemeldt|er\s+bortrejst|desværre\s+nej|nej\s+tak|må\s+melde|apologies|my\s+regrets|regretfully|i\s+regret|decline|declining|not\s+attending|be\s+absent|will\s+be\s+away|am\s+away|out\s+sick|sends?\s+regrets|må\s+desværre\s+sige\s+nej)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AbsentPhrase();

    // "Det kan jeg desværre ikke." and "I can't, sorry": the verb is left out because the question gave it.
    [GeneratedRegex(@"\b(kan|kunne)\s+(jeg\s+|vi\s+)?((desværre|alligevel|bare|altså|så)\s+)*ikke\s*(desværre\s*|alligevel\s*)?([.!]|$|den\b|d\.|på\b|i\s+(dag|morgen)\b|denne\b|til\s+(mødet|det)\b)|\bi\s+can't\s*([.!]|$)|\bi\s+cannot\s*([.!]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CannotAlone();

    [GeneratedRegex(@"^\s*(nej|no|desværre)\s*[.!]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeAnswerNo();

    [GeneratedRegex(@"^\s*(ja|ja\s+tak|yes|ok|okay|fint|jep|gerne|deltager|kommer|tilmeldt|accepteret|accepted|bekræftet|confirmed|sure|selvfølgelig|naturligvis|absolut|absolutely)\s*[.!]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeAnswerYes();

    [GeneratedRegex(@"\b(jeg\s+er\s+med|takke[r]?\s+ja|glæder\s+mig\s+til\s+det|looking\s+forward\s+to\s+it|i'll\s+be\s+there|vi\s+er\s+med|regn\s+med\s+mig|vi\s+ses|ses\s+(på|den|d\.|i\s+morgen|fredag|mandag|tirsdag|onsdag|torsdag)|glæder\s+mig\s+til\s+(at\s+se|mødet|at\s+deltage)|bekræfte[r]?\s+(hermed\s+)?(min|vores|gerne)?\s*deltagelse|tilmelde[r]?\s+(mig|os)|tilmeldt|accepter(er)?\s+(invitationen|indkaldelsen|mødet)|count\s+me\s+in|see\s+you|i'm\s+in|i\s+am\s+in|confirm\s+(my\s+)?(attendance|participation)|accept\s+the\s+invitation|looking\s+forward\s+to\s+(the\s+meeting|seeing))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttendPhrase();

    [GeneratedRegex(@"\b(deltager|deltage|deltag|deltog|kommer|komme|møder\s+op|møde\s+op|være\s+der|være\s+med|være\s+til\s+stede|er\s+til\s+stede|nå\s+det|nå\s+mødet|når\s+det|når\s+mødet|attend|attending|come|coming|join|joining|participate|participating|make\s+it|be\s+there|be\s+present)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttendVerb();

    // "kommer tilbage", "kommer med et forslag" and "deltagelse" do not say whether someone comes.
    [GeneratedRegex(@"^\s+(tilbage|med\s+(et|en|nogle|flere|forslag|input|kommentar)|back|up\s+with|across)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAnAttendance();

    [GeneratedRegex(@"\b(ikke|ikk|ej|aldrig|hverken|ingen\s+mulighed|umuligt|forhindret|not|never|no\s+longer|cannot|can't|cant|won't|wont|unable|wouldn't|couldn't|isn't|n't)\b|n't\b", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    // "ikke noget problem at deltage" and "no problem" agree rather than refuse.
    [GeneratedRegex(@"\b(ikke\s+noget\s+(problem|imod)|intet\s+problem|ingen\s+problemer|not\s+a\s+problem|no\s+problem|don't\s+mind|do\s+not\s+mind)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotANegation();

    // "Jeg vender tilbage" promises an answer; it is one only when nothing else is said.
    [GeneratedRegex(@"\b(vender\s+tilbage|kommer\s+tilbage\s+(med|til\s+dig|hurtigst)|melder\s+tilbage|giver\s+besked\s+(senere|snarest|hurtigst)|will\s+confirm|get\s+back\s+to\s+you|let\s+you\s+know)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerLater();

    // The items belong to the verb: "deltager kun i punkt 3", "kommer til pkt. 5", "attend item 2".
    [GeneratedRegex(@"\b(deltager|deltage|deltag|kommer|komme|være\s+med|er\s+med|være\s+til\s+stede|attend|attending|join|joining|be\s+there|present)\s+(\S+\s+){0,3}?(i|til|under|ved|for|fra|from|during|in|at)?\s*(dagsordens?)?(punkt|pkt|item)", RegexOptions.CultureInvariant)]
    private static partial Regex VerbWithItems();

    [GeneratedRegex(@"^(\s+(\w+\s+)?)(ikke|ej|not)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NegationAfterVerb();

    [GeneratedRegex(@"\b(fysisk|personligt|i\s+person|på\s+stedet|physically|in\s+person)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InPerson();

    [GeneratedRegex(@"\b(hele|fra\s+start(en)?|fra\s+begyndelsen|til\s+slut|whole|entire|full|from\s+the\s+start|until\s+the\s+end)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WholeMeeting();

    [GeneratedRegex(@"\b(punkt(erne)?|pkt\.?|dagsordens?punkt(erne|et)?|item(s)?|agenda\s+item(s)?)\s*\d+", RegexOptions.CultureInvariant)]
    private static partial Regex ItemReference();

    [GeneratedRegex(@"\b(kun|alene|udelukkende|only|just)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyWord();

    [GeneratedRegex(@"\bkommer\s+(\S+\s+){0,5}?(senere|for\s+sent|sent)\b|\bførst\s+(kl\b|klokken|ved|omkring|fra|efter|til|når|om\s|\d)|\bkan\s+(desværre\s+)?først\b|\b(kommer|ankommer|møder\s+op|deltager|er\s+der)\s+(\S+\s+){0,3}?først\b|\b(forsinket|forsinkelse|støder\s+til|støder\s+først\s+til)\b|\b(deltager|deltage|kommer|komme|er\s+med|være\s+med|er\s+der|være\s+der)\s+(\S+\s+){0,2}?fra\s+(kl\b|klokken|\d)|\bkommer\s+(\S+\s+){0,2}?efter\s+(frokost|pausen|kl\b|klokken|\d)|\b(arrive|arriving|join|joining|be)\s+(\S+\s+){0,2}?(late|later)\b|\brunning\s+late\b|\b(arrive|join|be\s+there)\s+(\S+\s+){0,2}?(at|around|by|from)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex ArrivesLate();

    [GeneratedRegex(@"\b(gå|går|smutte|smutter|videre|forlade|forlader|tage\s+af\s+sted|tager\s+af\s+sted|tage\s+hjem|tager\s+hjem)\s+(\S+\s+){0,3}?(tidligt|tidligere|før|inden|kl\b|klokken|\d|efter\s+(frokost|pausen)|ved\s+frokost)|\bforlade[r]?\s+mødet\b|\b(deltager|deltage|er\s+med|være\s+med|er\s+der|være\s+der|blive|bliver)\s+(\S+\s+){0,2}?(kun\s+)?(til|indtil)\s+(kl\b|klokken|\d|frokost)|\bkun\s+(til|indtil)\s+(kl\b|klokken|\d|frokost)|\bleave\s+(\S+\s+){0,2}?(early|at\s+\d|before|by\s+\d)|\bleaving\s+(early|at\s+\d)|\b(have|need|must)\s+to\s+leave\b|\b(only\s+)?(until|till)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex LeavesEarly();

    [GeneratedRegex(@"\b(kun|only)\s+(\S+\s+){0,3}?(første|sidste|anden|en\s+del|formiddag\w*|eftermiddag\w*|first|second|last|part|morning|afternoon)\b|\b(en\s+del|dele)\s+af\s+mødet\b|\bpart\s+of\s+the\s+meeting\b|\bhalvdelen\s+af\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyPart();
}
