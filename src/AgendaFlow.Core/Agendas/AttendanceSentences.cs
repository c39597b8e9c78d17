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

            foreach (Match m in AllExcept().Matches(line))
            {
                absent.AddRange(Names(m.Groups["names"].Value).Select(n => new AbsentPerson(n)));
            }

            foreach (Match m in SentApologies().Matches(line))
            {
                var names = Names(m.Groups["names"].Value);
                var substitute = m.Groups["sub"].Success ? LastName(m.Groups["sub"].Value) : null;
                absent.AddRange(names.Select(n => new AbsentPerson(n, Substitute: names.Count == 1 ? substitute : null)));
            }

            foreach (Match m in InsteadOf().Matches(line))
            {
                if (LastName(m.Groups["x"].Value) is { } x && LastName(m.Groups["sub"].Value) is { } sub)
                {
                    absent.Add(new AbsentPerson(x, Substitute: sub));
                }
            }

            foreach (Match m in StayedAway().Matches(line))
            {
                absent.AddRange(Names(m.Groups["names"].Value).Select(n => new AbsentPerson(n, SentApologies: false)));
            }
        }

        return absent;
    }

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

    private static string? LastName(string text)
    {
        var tokens = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = tokens.Length;
        var start = end;
        while (start > 0 && (IsCap(tokens[start - 1]) || (start < end && tokens[start - 1] is "le" or "de" or "van" or "von" or "af")))
        {
            start--;
        }

        var name = string.Join(' ', tokens[start..end]);
        return PeopleParser.IsNameLike(name) ? name : null;
    }

    private static bool IsCap(string token) => token.Length > 0 && char.IsUpper(token[0]);

    private const string Name = @"[A-ZÆØÅ][\p{L}.'-]+(?:\s+(?:[A-ZÆØÅ][\p{L}.'-]+|le|de|van|von|af))*";

    [GeneratedRegex(@"(?:alle|samtlige)[^.]{0,40}?(?:mødt|til stede|deltog)[^.]{0,20}?\bundtagen\s+(?<names>[^.]+?)(?:,?\s+(?:der|som)\s+(?:havde\s+)?(?:meldt\s+)?afbud|\.|$)", RegexOptions.IgnoreCase, 200)]
    private static partial Regex AllExcept();

    [GeneratedRegex(@"(?<names>" + Name + @"(?:\s*(?:,|og)\s*" + Name + @")*)\s+(?:havde|har)\s+meldt\s+afbud(?:[,.]?\s*(?:og\s+)?(?<sub>" + Name + @")\s+(?:deltog|deltager|mødte)\s+i\s+stedet)?", RegexOptions.None, 200)]
    private static partial Regex SentApologies();

    [GeneratedRegex(@"(?<sub>" + Name + @")\s+(?:deltog|deltager|mødte)\s+(?:i stedet for|som stedfortræder for|for)\s+(?<x>" + Name + ")", RegexOptions.None, 200)]
    private static partial Regex InsteadOf();

    [GeneratedRegex(@"(?<names>" + Name + @"(?:\s*(?:,|og)\s*" + Name + @")*)\s+(?:udeblev|mødte ikke|var ikke mødt)(?:\s+op)?\s+uden\s+(?:at\s+melde\s+)?afbud", RegexOptions.None, 200)]
    private static partial Regex StayedAway();
}
