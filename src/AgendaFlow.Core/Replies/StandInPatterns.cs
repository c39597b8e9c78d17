using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// The sentence shapes that name a stand-in, around a verb of sending or replacing or a role word, with the name
/// before or after: "min stedfortræder X", "jeg sender X", "X overtager min plads", "X, som står cc, deltager i
/// stedet", "det bliver X, der deltager", "my deputy X will attend on my behalf". Each pattern has an anchor of the
/// words any match contains, checked first by generated code, because the name patterns try a name at every capital.
/// </summary>
internal static partial class StandInPatterns
{
    /// <param name="NeedsRoleContext">"min kollega X" names a stand-in only when the sentence also says so.</param>
    /// <param name="NeedsAbsence">"X deltager" alone names a stand-in only when the reply says the sender is not coming.</param>
    /// <param name="IsSender">The writer is the stand-in ("Jeg deltager i stedet for Ole Brask"): the name is the absent member's.</param>
    internal sealed record Shape(string Rule, Regex Pattern, Regex Anchor, bool NeedsRoleContext, bool NeedsAbsence, bool IsSender = false);

    // Built at run time: the regex source generator in .NET 10 emits code for the name-first shapes that indexes past
    // the input ("Jeg har bedt X om at tage mødet for mig").
    private static readonly TimeSpan MatchTimeout = RegexBudget.PerMatch;

    private const string Name = @"(?<name>\p{Lu}(?:[\p{L}'\-]+|\.)(?:[ \t]+(?:(?:von|van|der|den|de|la|af|du|da|di|le)[ \t]+)?\p{Lu}(?:[\p{L}'\-]+|\.)){0,4})";
    private const string Email = @"(?:[ \t]*[,(<\[]?[ \t]*(?:mailto:)?(?<email>[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})[ \t]*[)>\]]?)?";
    private const string Instead = @"(?i:i\s+stedet|i\s+mit\s+sted|(?:deltager|kommer|møder(?:\s+op)?|tager\s+mødet|tage\s+mødet|dækker(?:\s+mødet)?|dække\s+mødet|attends|comes)\s+for\s+(?:mig|me)\b|på\s+mine\s+vegne|på\s+vegne\s+af\s+mig|in\s+my\s+place|instead|on\s+my\s+behalf|som\s+(?:min\s+)?(?:stedfortræder|suppleant|afløser)|as\s+my\s+(?:substitute|deputy|stand-in|replacement))";
    private const string RoleWord = @"(?:stedfortræder|suppleant|afløser|vikar|substitute|deputy|stand-in|replacement|alternate|kollega|colleague|medarbejder)";

    // Where the stand-in comes from ("fra vores afdeling", "fra Skive Kommune") or who he is (", som står cc,") may sit
    // between the name and the verb.
    private const string Aside = @"(?:[ \t]*,?[ \t]+(?:fra|hos|for|from|at|of)[ \t]+(?:[\p{L}\-]+[ \t]+){0,3}?[\p{L}\-]+[ \t]*,?|[ \t]*,[ \t]*(?i:som|der|who)[ \t]+[^,.;:!?]{1,60},)?";
    private const string Gap = @"[ \t]*,?[ \t]+(?:\p{Ll}+[ \t]+){0,5}?";

    // "… deltager for Medicinsk Afdeling i stedet for mig": the unit he speaks for, after the verb.
    private const string ForUnit = @"(?:(?:fra|hos|for|from|of)[ \t]+(?:[\p{L}\-]+[ \t]+){0,3}?[\p{L}\-]+[ \t]*,?[ \t]*)?";

    private static Regex Build(string pattern) => new(pattern, RegexOptions.CultureInvariant, MatchTimeout);

    public static readonly Shape[] Shapes =
    [
        new("role word before name", Build(@"(?i:\b(?:min|mit|vores|our|my)\s+(?:\p{Ll}+\s+)?" + RoleWord + @"(?:en)?\b)(?:[ \t]*[,:–\-])?[ \t]+(?:(?i:er|is|bliver|vil\s+være|will\s+be|hedder)[ \t]+)?(?:" + Name + ")?" + Email), RoleAnchor(), true, false),
        new("verb of sending", Build(@"(?i:\b(?:jeg|vi)\s+sender\s+|\bsender\s+(?:jeg|vi)\s+|\b(?:i'm|i\s+am|i\s+will|i'll|we\s+will|we're)\s+send(?:ing)?\s+)(?:(?i:min|mit|vores|my|our)[ \t]+(?:\p{Ll}+[ \t]+){0,2})?" + Name + Email), SendingAnchor(), false, false),
        new("name before instead", Build(Name + Email + Aside + Gap + ForUnit + Instead), InsteadAnchor(), false, false),
        new("instead before name", Build(@"(?i:\b(?:i\s+stedet(?:\s+for\s+mig)?|i\s+mit\s+sted|på\s+mine\s+vegne|in\s+my\s+place|instead\s+of\s+me|on\s+my\s+behalf))[ \t]*,?[ \t]+(?:(?!for\b|of\b)\p{Ll}+[ \t]+){0,3}?" + Name + Email), InsteadFirstAnchor(), false, false),
        new("name takes my place", Build(Name + Email + Aside + @"[ \t]*,?[ \t]+(?i:er\s+min\s+(?:stedfortræder|suppleant|afløser)|is\s+my\s+(?:deputy|substitute|stand-in|replacement)|træder\s+til|tager\s+min\s+plads|takes?\s+my\s+place|overtager\s+(?:min\s+plads|mødet|for\s+mig)|will\s+(?:stand|fill)\s+in|står\s+for\s+mig)"), TakesPlaceAnchor(), false, false),
        new("labelled stand-in", Build(@"(?i:\b(?:stedfortræder|suppleant|substitute|deputy|stand-in))[ \t]*:[ \t]*(?:" + Name + ")?" + Email), LabelAnchor(), false, false),
        new("chosen one", Build(@"(?i:\bdet\s+bliver)[ \t]+" + Name + Email + @"(?:[ \t]*,?[ \t]*(?i:der|som)[ \t]+(?i:deltager|kommer|tager))?"), ChosenAnchor(), false, true),
        new("name attends", Build(Name + Email + Aside + @"[ \t]*,?[ \t]+(?:(?i:der|som)[ \t]+)?(?i:deltager|kommer|møder\s+op|will\s+(?:attend|come|join|be\s+there)|attends)\b(?![ \t]+(?:\p{Ll}+[ \t]+)?(?i:ikke|not)\b)"), AttendsAnchor(), false, true),
        new("writer stands in", Build(@"(?i:\bjeg\s+(?:deltager|kommer|møder)\s+(?:\p{Ll}+\s+)?(?:i\s+stedet\s+for|på\s+vegne\s+af)\s+|\bi(?:'m|\s+am|\s+will|'ll)\s+(?:attend|attending|come|coming|join|joining)\s+(?:\p{Ll}+\s+)?(?:instead\s+of|on\s+behalf\s+of|in\s+place\s+of)\s+)" + Name), WriterAnchor(), false, false, IsSender: true),
    ];

    [GeneratedRegex(@"(?i:\b(?:min|mit|vores|our|my)\s+(?:\p{Ll}+\s+)?(?:stedfortræder|suppleant|afløser|vikar|substitute|deputy|stand-in|replacement|alternate|kollega|colleague|medarbejder)(?:en)?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RoleAnchor();

    [GeneratedRegex(@"(?i:\b(?:jeg|vi)\s+sender\b|\bsender\s+(?:jeg|vi)\b|\b(?:i'm|i\s+am|i\s+will|i'll|we\s+will|we're)\s+send)", RegexOptions.CultureInvariant)]
    private static partial Regex SendingAnchor();

    [GeneratedRegex(@"(?i:i\s+stedet|i\s+mit\s+sted|(?:deltager|kommer|møder(?:\s+op)?|tager\s+mødet|tage\s+mødet|dækker(?:\s+mødet)?|dække\s+mødet|attends|comes)\s+for\s+(?:mig|me)\b|på\s+mine\s+vegne|på\s+vegne\s+af\s+mig|in\s+my\s+place|instead|on\s+my\s+behalf|som\s+(?:min\s+)?(?:stedfortræder|suppleant|afløser)|as\s+my\s+(?:substitute|deputy|stand-in|replacement))", RegexOptions.CultureInvariant)]
    private static partial Regex InsteadAnchor();

    [GeneratedRegex(@"(?i:\b(?:i\s+stedet(?:\s+for\s+mig)?|i\s+mit\s+sted|på\s+mine\s+vegne|in\s+my\s+place|instead\s+of\s+me|on\s+my\s+behalf))", RegexOptions.CultureInvariant)]
    private static partial Regex InsteadFirstAnchor();

    [GeneratedRegex(@"(?i:er\s+min\s+(?:stedfortræder|suppleant|afløser)|is\s+my\s+(?:deputy|substitute|stand-in|replacement)|træder\s+til|tager\s+min\s+plads|takes?\s+my\s+place|overtager\s+(?:min\s+plads|mødet|for\s+mig)|will\s+(?:stand|fill)\s+in|står\s+for\s+mig)", RegexOptions.CultureInvariant)]
    private static partial Regex TakesPlaceAnchor();

    [GeneratedRegex(@"(?i:\b(?:stedfortræder|suppleant|substitute|deputy|stand-in))[ \t]*:", RegexOptions.CultureInvariant)]
    private static partial Regex LabelAnchor();

    [GeneratedRegex(@"(?i:\bdet\s+bliver\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ChosenAnchor();

    [GeneratedRegex(@"(?i:deltager|kommer|møder\s+op|will\s+(?:attend|come|join|be\s+there)|attends)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttendsAnchor();

    [GeneratedRegex(@"(?i:\bjeg\s+(?:deltager|kommer|møder)\b.*\b(?:i\s+stedet\s+for|på\s+vegne\s+af)\s+\p{Lu}|\bi(?:'m|\s+am|\s+will|'ll)\s+(?:attend|come|join).*\b(?:instead\s+of|on\s+behalf\s+of|in\s+place\s+of)\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex WriterAnchor();

    [GeneratedRegex(@"\b(min|mit|vores|my|our)\s+(stedfortræder|suppleant|afløser|substitute|deputy|stand-in|replacement)\w*\s+(\w+\s+){0,2}?(deltager|kommer|møder|will|is\s+attending)\b|\b(sender|finder|send|sending)\s+(en\s+|a\s+)?(stedfortræder|suppleant|substitute|deputy|stand-in|replacement|kollega|colleague)\b|\b(i\s+stedet\s+for\s+mig|på\s+mine\s+vegne|in\s+my\s+place|on\s+my\s+behalf|instead\s+of\s+me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex UnnamedStandIn();

    [GeneratedRegex(@"\b(stedfortræder|suppleant|afløser|vikar|substitute|deputy|stand-in|replacement|i\s+stedet|i\s+mit\s+sted|på\s+mine\s+vegne|instead|in\s+my\s+place|on\s+my\s+behalf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RoleContext();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    public static partial Regex Address();
}
