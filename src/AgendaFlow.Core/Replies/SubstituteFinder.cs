using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Finds a stand-in in new text: "min stedfortræder X", "X deltager i stedet for mig",
/// "på mine vegne kommer X", "my deputy X will attend", with the e-mail address when one is given.
/// </summary>
internal static partial class SubstituteFinder
{
    /// <summary>The stand-in, or null. <paramref name="unnamed"/> is set when a stand-in is announced without a name.</summary>
    /// <param name="saysAbsent">Whether the reply says the sender is not coming: then "X deltager" alone names a stand-in.</param>
    public static Substitute? Find(string newText, string? senderAddress, bool saysAbsent, out string? evidence, out bool unnamed)
    {
        evidence = null;
        unnamed = false;
        var text = ReplySentences.Normalise(newText);
        foreach (var sentence in ReplySentences.Split(text))
        {
            if (sentence.IsQuestion)
            {
                continue;
            }

            foreach (var (pattern, anchor, needsStandInWord, needsAbsence) in Patterns)
            {
                if (needsAbsence && !saysAbsent)
                {
                    continue;
                }

                // "min kollega X" names a stand-in only when the sentence says so.
                if (needsStandInWord && !StandInContext().IsMatch(sentence.Text))
                {
                    continue;
                }

                // The name patterns run interpreted and try a name at every capital letter; the words they
                // cannot match without are looked for first, by generated code.
                if (!anchor.IsMatch(sentence.Text))
                {
                    continue;
                }

                foreach (Match match in pattern.Matches(sentence.Text))
                {
                    var name = CleanName(match.Groups["name"].Value);
                    var email = match.Groups["email"].Success ? match.Groups["email"].Value : null;
                    email ??= OtherAddressIn(sentence.Text, senderAddress);
                    if (name is null && email is null)
                    {
                        continue;
                    }

                    evidence = sentence.Text;
                    return new Substitute(name, email?.ToLowerInvariant());
                }
            }

            if (UnnamedStandIn().IsMatch(sentence.Text))
            {
                evidence = sentence.Text;
                unnamed = true;
            }
        }

        return null;
    }

    private static string? OtherAddressIn(string sentence, string? senderAddress) =>
        Address().Matches(sentence)
            .Select(m => m.Value)
            .FirstOrDefault(a => !string.Equals(a, senderAddress, StringComparison.OrdinalIgnoreCase));

    /// <summary>Drops words that start a sentence but are not names ("Derfor", "Desværre", "Jeg").</summary>
    private static string? CleanName(string raw)
    {
        var tokens = raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 0 && NotNames.Contains(tokens[0].TrimEnd('.')))
        {
            tokens.RemoveAt(0);
        }

        return tokens.Count == 0 ? null : string.Join(' ', tokens);
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "jeg", "vi", "han", "hun", "de", "den", "det", "der", "men", "og", "så", "derfor", "desværre", "hej", "kære",
        "min", "mit", "mine", "vores", "i", "we", "he", "she", "they", "my", "our", "but", "and", "so", "unfortunately",
        "instead", "also", "også", "til", "fra", "mvh", "dear", "hi", "hello", "please", "alligevel", "dog", "nu", "måske",
        "maybe", "kollega", "kollegaen", "stedfortræder", "stedfortræderen", "suppleant", "suppleanten", "teams", "zoom", "skype",
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "mødet", "the", "a", "an", "colleague", "deputy", "substitute", "dr", "hr", "fru",
        "tak", "thanks", "ellers", "otherwise", "hvis", "if", "når", "when", "her", "here", "this", "denne", "dette",
        "desuden", "endvidere", "dermed", "herefter", "heldigvis", "alternativt", "samtidig", "forhåbentlig",
        "sekretariatet", "afbud", "hilsen", "however", "therefore", "regards", "mødelokalet", "tidspunktet", "datoen",
    };

    // The name patterns are built at run time: the regex source generator in .NET 10 emits code for
    // NameThenInstead that indexes past the input ("Jeg har bedt X om at tage mødet for mig").
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private const string Name = @"(?<name>\p{Lu}(?:[\p{L}'\-]+|\.)(?:[ \t]+(?:(?:von|van|der|den|de|la|af|du|da|di|le)[ \t]+)?\p{Lu}(?:[\p{L}'\-]+|\.)){0,4})";
    private const string Email = @"(?:[ \t]*[,(<\[]?[ \t]*(?:mailto:)?(?<email>[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})[ \t]*[)>\]]?)?";
    private const string Instead = @"(?i:i\s+stedet|(?:deltager|kommer|møder(?:\s+op)?|tager\s+mødet|tage\s+mødet|dækker(?:\s+mødet)?|dække\s+mødet|attends|comes)\s+for\s+(?:mig|me)\b|på\s+mine\s+vegne|på\s+vegne\s+af\s+mig|in\s+my\s+place|instead|on\s+my\s+behalf|som\s+(?:min\s+)?(?:stedfortræder|suppleant|afløser)|as\s+my\s+(?:substitute|deputy|stand-in|replacement))";
    private const string RoleWord = @"(?:stedfortræder|suppleant|afløser|vikar|substitute|deputy|stand-in|replacement|alternate|kollega|colleague|medarbejder)";

    private static readonly Regex RoleThenNamePattern = new(@"(?i:\b(?:min|mit|vores|our|my)\s+" + RoleWord + @"(?:en)?\b)(?:[ \t]*[,:–\-])?[ \t]+(?:(?i:er|is|bliver|vil\s+være|will\s+be|hedder)[ \t]+)?(?:" + Name + ")?" + Email, RegexOptions.CultureInvariant, MatchTimeout);

    private static Regex RoleThenName() => RoleThenNamePattern;

    // "Ole Bach fra Skive Kommune deltager i stedet": where the stand-in comes from may sit between name and verb.
    private const string Affiliation = @"(?:[ \t]*,?[ \t]+(?:fra|hos|from|at|of)[ \t]+\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,3}[ \t]*,?)?";

    private static readonly Regex NameThenInsteadPattern = new(Name + Email + Affiliation + @"[ \t]*,?[ \t]+(?:\p{Ll}+[ \t]+){0,5}?" + Instead, RegexOptions.CultureInvariant, MatchTimeout);

    private static Regex NameThenInstead() => NameThenInsteadPattern;

    private static readonly Regex InsteadThenNamePattern = new(@"(?i:\b(?:i\s+stedet(?:\s+for\s+mig)?|på\s+mine\s+vegne|in\s+my\s+place|instead\s+of\s+me|on\s+my\s+behalf))[ \t]*,?[ \t]+(?:(?!for\b|of\b)\p{Ll}+[ \t]+){0,3}?" + Name + Email, RegexOptions.CultureInvariant, MatchTimeout);

    private static Regex InsteadThenName() => InsteadThenNamePattern;

    private static readonly Regex NameIsStandInPattern = new(Name + Email + @"[ \t]*,?[ \t]+(?i:er\s+min\s+(?:stedfortræder|suppleant|afløser)|is\s+my\s+(?:deputy|substitute|stand-in|replacement)|træder\s+til|tager\s+min\s+plads|takes?\s+my\s+place|overtager\s+min\s+plads|will\s+(?:stand|fill)\s+in|står\s+for\s+mig)", RegexOptions.CultureInvariant, MatchTimeout);

    private static Regex NameIsStandIn() => NameIsStandInPattern;

    // "Jeg kan ikke. Peter Hansen deltager." Only read when the reply says the sender is absent.
    private static readonly Regex NameAttendsPattern = new(Name + Email + Affiliation + @"[ \t]*,?[ \t]+(?i:deltager|kommer|møder\s+op|will\s+(?:attend|come|join|be\s+there)|attends)\b(?![ \t]+(?:\p{Ll}+[ \t]+)?(?i:ikke|not)\b)", RegexOptions.CultureInvariant, MatchTimeout);

    private static Regex NameAttends() => NameAttendsPattern;

    private static readonly Regex LabelledStandInPattern = new(@"(?i:\b(?:stedfortræder|suppleant|substitute|deputy|stand-in))[ \t]*:[ \t]*(?:" + Name + ")?" + Email, RegexOptions.CultureInvariant, MatchTimeout);

    private static Regex LabelledStandIn() => LabelledStandInPattern;

    /// <summary>
    /// Each name pattern with a pattern for the words that any match of it contains. Written after the patterns,
    /// since static fields are set in the order they are written.
    /// </summary>
    private static readonly (Regex Pattern, Regex Anchor, bool NeedsStandInWord, bool NeedsAbsence)[] Patterns =
    [
        (RoleThenName(), RoleThenNameAnchor(), true, false),
        (NameThenInstead(), InsteadAnchor(), false, false),
        (InsteadThenName(), InsteadThenNameAnchor(), false, false),
        (NameIsStandIn(), NameIsStandInAnchor(), false, false),
        (LabelledStandIn(), LabelledStandInAnchor(), false, false),
        (NameAttends(), NameAttendsAnchor(), false, true),
    ];

    // The anchors repeat the fixed words of the patterns above (RoleWord, Instead and the verbs); keep them in step.
    [GeneratedRegex(@"(?i:\b(?:min|mit|vores|our|my)\s+(?:stedfortræder|suppleant|afløser|vikar|substitute|deputy|stand-in|replacement|alternate|kollega|colleague|medarbejder)(?:en)?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RoleThenNameAnchor();

    [GeneratedRegex(@"(?i:i\s+stedet|(?:deltager|kommer|møder(?:\s+op)?|tager\s+mødet|tage\s+mødet|dækker(?:\s+mødet)?|dække\s+mødet|attends|comes)\s+for\s+(?:mig|me)\b|på\s+mine\s+vegne|på\s+vegne\s+af\s+mig|in\s+my\s+place|instead|on\s+my\s+behalf|som\s+(?:min\s+)?(?:stedfortræder|suppleant|afløser)|as\s+my\s+(?:substitute|deputy|stand-in|replacement))", RegexOptions.CultureInvariant)]
    private static partial Regex InsteadAnchor();

    [GeneratedRegex(@"(?i:\b(?:i\s+stedet(?:\s+for\s+mig)?|på\s+mine\s+vegne|in\s+my\s+place|instead\s+of\s+me|on\s+my\s+behalf))", RegexOptions.CultureInvariant)]
    private static partial Regex InsteadThenNameAnchor();

    [GeneratedRegex(@"(?i:er\s+min\s+(?:stedfortræder|suppleant|afløser)|is\s+my\s+(?:deputy|substitute|stand-in|replacement)|træder\s+til|tager\s+min\s+plads|takes?\s+my\s+place|overtager\s+min\s+plads|will\s+(?:stand|fill)\s+in|står\s+for\s+mig)", RegexOptions.CultureInvariant)]
    private static partial Regex NameIsStandInAnchor();

    [GeneratedRegex(@"(?i:\b(?:stedfortræder|suppleant|substitute|deputy|stand-in))[ \t]*:", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledStandInAnchor();

    [GeneratedRegex(@"(?i:deltager|kommer|møder\s+op|will\s+(?:attend|come|join|be\s+there)|attends)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameAttendsAnchor();

    [GeneratedRegex(@"\b(min|mit|vores|my|our)\s+(stedfortræder|suppleant|afløser|substitute|deputy|stand-in|replacement)\w*\s+(\w+\s+){0,2}?(deltager|kommer|møder|will|is\s+attending)\b|\b(sender|finder|send|sending)\s+(en\s+|a\s+)?(stedfortræder|suppleant|substitute|deputy|stand-in|replacement|kollega|colleague)\b|\b(i\s+stedet\s+for\s+mig|på\s+mine\s+vegne|in\s+my\s+place|on\s+my\s+behalf|instead\s+of\s+me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedStandIn();

    [GeneratedRegex(@"\b(stedfortræder|suppleant|afløser|vikar|substitute|deputy|stand-in|replacement|i\s+stedet|på\s+mine\s+vegne|instead|in\s+my\s+place|on\s+my\s+behalf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandInContext();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
