using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Minutes state attendance in sentences: "Alle var mødt, undtagen X og Y, der havde meldt afbud.",
/// "X havde meldt afbud, og Y deltog i stedet.", "Z udeblev uden afbud.".
/// </summary>
public static partial class AttendanceSentences
{
    public static IReadOnlyList<AbsentPerson> Find(IEnumerable<string> lines)
    {
        var absent = new List<AbsentPerson>();
        foreach (var raw in lines)
        {
            var line = OrganisationMarker.Strip(raw);
            if (line.Length > 2000)
            {
                continue;
            }

            if (!MayStateAttendance(line))
            {
                continue;
            }

            for (var m = AllExcept().Match(line); m.Success; m = m.NextMatch())
            {
                absent.AddRange(Names(m.Groups["names"].Value).Select(n => new AbsentPerson(n)));
            }

            foreach (var sentence in Sentences().Split(line))
            {
                // Keyword first, names second: a regex over runs of names backtracks badly on long lists.
                var afbud = ApologiesVerb().Match(sentence);
                if (afbud.Success && !sentence.Contains("undtagen", StringComparison.OrdinalIgnoreCase))
                {
                    var names = Names(sentence[..afbud.Index]);
                    var substitute = SubstituteClause().Match(sentence, afbud.Index + afbud.Length) is { Success: true } sub ? LastName(sub.Groups["sub"].Value) : null;
                    absent.AddRange(names.Select(n => new AbsentPerson(n, Substitute: names.Count == 1 ? substitute : null)));
                }

                var insteadOf = InsteadOf().Match(sentence);
                if (insteadOf.Success && LastName(sentence[..insteadOf.Index]) is { } stand && FirstName(sentence[(insteadOf.Index + insteadOf.Length)..]) is { } x)
                {
                    absent.Add(new AbsentPerson(x, Substitute: stand));
                }

                var away = StayedAway().Match(sentence);
                if (away.Success)
                {
                    absent.AddRange(Names(sentence[..away.Index]).Select(n => new AbsentPerson(n, SentApologies: false)));
                }
            }
        }

        return absent;
    }

    /// <summary>
    /// Every pattern below needs one of these words, so a line without them is passed over before it is cut into
    /// sentences: most lines of minutes say nothing about attendance, and cutting each of them cost a copy.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> AttendanceWords =
        System.Buffers.SearchValues.Create(["undtagen", "afbud", "i stedet for", "som stedfortræder for"], StringComparison.OrdinalIgnoreCase);

    private static bool MayStateAttendance(string line) => line.AsSpan().ContainsAny(AttendanceWords);

    /// <summary>Names in "X, Y og Z", each the trailing run of capitalised words of its part.</summary>
    public static List<string> Names(string phrase)
    {
        var names = new List<string>();
        foreach (var part in phrase.Split([",", " og ", " samt ", " & "], StringSplitOptions.RemoveEmptyEntries))
        {
            if (LastName(part) is { } n)
            {
                names.Add(n);
            }
        }

        return names;
    }

    public static string? LastName(string text)
    {
        var tokens = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = tokens.Length;
        var start = end;
        while (start > 0 && (IsCap(tokens[start - 1]) || (start < end && tokens[start - 1] is "le" or "de" or "van" or "von" or "af")))
        {
            start--;
        }

        // "Formand Frank Hulgaard": drop leading capitalised words until a name remains.
        for (; start <= end - 2; start++)
        {
            var name = string.Join(' ', tokens[start..end]).TrimEnd('.', ',');
            if (end - start <= 5 && PeopleParser.IsNameLike(name))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsCap(string token) => token.Length > 0 && char.IsUpper(token[0]);

    private static string? FirstName(string text)
    {
        var tokens = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = 0;
        while (n < tokens.Length && n < 5 && (IsCap(tokens[n]) || (n > 0 && tokens[n] is "le" or "de" or "van" or "von" or "af")))
        {
            n++;
        }

        var name = string.Join(' ', tokens[..n]).TrimEnd('.', ',');
        return PeopleParser.IsNameLike(name) ? name : null;
    }

    [GeneratedRegex(@"(?:alle|samtlige)[^.]{0,40}?(?:mødt|til stede|deltog)[^.]{0,20}?\bundtagen\s+(?<names>[^.]{1,300}?)(?:,?\s+(?:der|som)\s+(?:havde\s+)?(?:meldt\s+)?afbud|\.|$)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AllExcept();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÆØÅ])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Sentences();

    [GeneratedRegex(@"\s+(?:havde|har)\s+meldt\s+afbud", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ApologiesVerb();

    [GeneratedRegex(@"\G[,.]?\s*(?:og\s+)?(?<sub>[^,.]{3,60}?)\s+(?:deltog|deltager|mødte)\s+i\s+stedet", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SubstituteClause();

    [GeneratedRegex(@"\s+(?:deltog|deltager|mødte)\s+(?:i stedet for|som stedfortræder for)\s+", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex InsteadOf();

    [GeneratedRegex(@"\s+(?:udeblev|mødte ikke|var ikke mødt)(?:\s+op)?\s+uden\s+(?:at\s+melde\s+)?afbud", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex StayedAway();
}
