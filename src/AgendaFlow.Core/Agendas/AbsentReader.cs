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

            string? substitute = null;
            var line = raw;
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

            var people = PeopleParser.ParsePeople([line]);
            foreach (var p in people)
            {
                result.Add(new AbsentPerson(p.Name, p.Title, p.Organisation, p.Email, people.Count == 1 ? substitute : null));
            }
        }

        return result;
    }

    // "(stedfortræder: Y)", "– stedfortræder Y", "erstattet af Y", "i stedet deltog Y"
    [GeneratedRegex(@"[\s,(–-]*(?:stedfortræder|suppleant|erstattet af|repræsenteret ved|i stedet deltog|i stedet deltager|i stedet kom|for hvem)\s*:?\s*(?<sub>[A-ZÆØÅ][\p{L}.'\- ]+?)(?:\s+(?:deltog|deltager|kom|mødte))?(?:\)|,|$)", RegexOptions.IgnoreCase, 500)]
    private static partial Regex Substitute();

    // "(Y deltog i stedet)", "– Y deltager i stedet"
    [GeneratedRegex(@"[\s,(–-]*(?<sub>[A-ZÆØÅ][\p{L}.'\- ]+?)\s+(?:deltog|deltager|kommer|kom|mødte)\s+i\s+stedet\)?", RegexOptions.None, 500)]
    private static partial Regex SubstituteAfter();
}
