using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>Afbud lines, where a substitute may be named: "X (stedfortræder: Y)", "X – Y deltog i stedet".</summary>
public static partial class AbsentReader
{
    public static IReadOnlyList<AbsentPerson> Read(IEnumerable<string> lines)
    {
        var result = new List<AbsentPerson>();
        foreach (var raw in lines)
        {
            if (PeopleParser.AddressOnly(raw) is { } address)
            {
                // The address on the line below the name.
                if (result.Count > 0 && result[^1].Email is null)
                {
                    result[^1] = result[^1] with { Email = address };
                }

                continue;
            }

            foreach (var entry in Entries(raw))
            {
                Add(result, entry);
            }
        }

        return result;
    }

    /// <summary>
    /// Stand-ins named on their own line: "Stedfortræder: Erling Kragh (O) for Mogens Krarup (O)". Each is the
    /// absent member with the stand-in as <see cref="AbsentPerson.Substitute"/>.
    /// </summary>
    public static IReadOnlyList<AbsentPerson> ReadStandIns(IEnumerable<string> lines)
    {
        var result = new List<AbsentPerson>();
        foreach (var entry in lines.SelectMany(Entries))
        {
            if (StandInFor().Match(entry) is { Success: true } m
                && PeopleParser.ParsePerson(m.Groups["sub"].Value) is { } standIn && PeopleParser.ParsePerson(m.Groups["abs"].Value) is { } member)
            {
                result.Add(new AbsentPerson(member.Name, member.Title, member.Organisation, member.Email, standIn.Name));
            }
        }

        return result;
    }

    /// <summary>An afbud line names one person per part between semicolons: "X (Org), represented by Y; Z (Org)".</summary>
    private static IEnumerable<string> Entries(string line)
    {
        var depth = 0;
        var from = 0;
        for (var i = 0; i < line.Length; i++)
        {
            depth += line[i] == '(' ? 1 : line[i] == ')' ? -1 : 0;
            if (line[i] == ';' && depth <= 0)
            {
                yield return line[from..i];
                from = i + 1;
            }
        }

        yield return line[from..];
    }

    private static void Add(List<AbsentPerson> result, string raw)
    {
        string? substitute = null;
        var line = PeopleParser.WithoutMentionsAndHonorifics(raw);
        var m = Substitute().Match(line);
        if (m.Success)
        {
            substitute = AttendanceSentences.Names(m.Groups["sub"].Value).FirstOrDefault();
            line = line.Remove(m.Index, m.Length);
        }
        else if (SubstituteAfter().Match(line) is { Success: true } after)
        {
            substitute = AttendanceSentences.Names(after.Groups["sub"].Value).FirstOrDefault();
            line = line.Remove(after.Index, after.Length);
        }

        if (substitute is null && StandInFor().Match(line.Trim().TrimEnd('.')) is { Success: true } standIn
            && PeopleParser.ParsePerson(standIn.Groups["sub"].Value) is { } sub && PeopleParser.ParsePerson(standIn.Groups["abs"].Value) is { } member)
        {
            // "Afbud: Erling Kragh for Mogens Krarup": the member is away, the other comes in his place.
            result.Add(new AbsentPerson(member.Name, member.Title, member.Organisation, member.Email, sub.Name));
            return;
        }

        var people = PeopleParser.ParsePeople([line]);
        foreach (var p in people)
        {
            result.Add(new AbsentPerson(p.Name, p.Title, p.Organisation, p.Email, people.Count == 1 ? substitute : null));
        }
    }

    // "Erling Kragh (O) for Mogens Krarup (O)", "Linnea Berg deltager for Erik Nyström"
    [GeneratedRegex(@"^\s*(?<sub>\p{Lu}[^()]*?(?:\([^()]*\))?)\s+(?:deltager\s+|deltog\s+|møder\s+|mødte\s+|kommer\s+|attends\s+)?(?:for|instead of|i stedet for)\s+(?<abs>\p{Lu}[^()]*?(?:\([^()]*\))?)\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex StandInFor();

    // "(stedfortræder: Y)", "– stedfortræder Y", "erstattet af Y", "i stedet deltog Y"
    [GeneratedRegex(@"[\s.,(–-]*(?:stedfortræder|suppleant|erstattet af|repræsenteret ved|repræsenteret af|represented by|replaced by|i stedet deltog|i stedet deltager|i stedet kom|for hvem)\s*:?\s*(?<sub>[A-ZÆØÅ][\p{L}.'\- ]+?)(?:\s*\([^()]*\))?(?:\s+(?:deltog|deltager|kom|mødte|er indkaldt|var indkaldt|er inviteret|attends))?\s*(?:\)|,|\.|$)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Substitute();

    // "(Y deltog i stedet)", "– Y deltager i stedet"
    [GeneratedRegex(@"[\s,(–-]*(?<sub>[A-ZÆØÅ][\p{L}.'\- ]+?)\s+(?:deltog|deltager|kommer|kom|mødte)\s+i\s+stedet\)?", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SubstituteAfter();
}
