using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>Lists whose entries carry e-mail addresses: every address ends an entry, and goes with the name before it.</summary>
public static partial class PeopleParser
{
    private static int Addresses(string text) => text.Contains('@', StringComparison.Ordinal) ? EmailPattern().Count(text) : 0;

    /// <summary>
    /// The e-mail address, organisation and role written after each name of a comma list:
    /// "Anne Test (anne@test.example), Bo Test, Vejle Kommune, bo@vejle.example".
    /// </summary>
    private static IEnumerable<Person> WithAddresses(string text, List<Person> people, string? organisation)
    {
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return people;
        }

        var starts = new int[people.Count];
        var from = 0;
        for (var i = 0; i < people.Count; i++)
        {
            var at = text.IndexOf(people[i].Name, from, StringComparison.Ordinal);
            starts[i] = at;
            from = at < 0 ? from : at + people[i].Name.Length;
        }

        var ends = new int[people.Count];
        var next = text.Length;
        for (var i = people.Count - 1; i >= 0; i--)
        {
            ends[i] = next;
            next = starts[i] >= 0 ? starts[i] : next;
        }

        var result = new List<Person>(people.Count);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            if (starts[i] < 0)
            {
                result.Add(person);
                continue;
            }

            var end = ends[i];
            var span = WithoutTrailingConnector(text[starts[i]..end]);
            if (!span.Contains('@', StringComparison.Ordinal))
            {
                result.Add(person);
            }
            else if (ParsePerson(span, organisation) is { } parsed && AgendaTextParser.SameName(parsed.Name, person.Name))
            {
                result.Add(person with { Email = parsed.Email, Title = person.Title ?? parsed.Title, Organisation = person.Organisation ?? parsed.Organisation, Role = person.Role ?? parsed.Role });
            }
            else
            {
                result.Add(person with { Email = EmailPattern().Match(span) is { Success: true } m ? m.Groups[1].Value : null });
            }
        }

        return result;
    }

    /// <summary>"Anne Test (anne@test.example), " and "Anne Test &lt;anne@…&gt; og " without what joins them to the next name.</summary>
    private static string WithoutTrailingConnector(string span)
    {
        while (true)
        {
            var trimmed = span.TrimEnd(' ', '\t', ',', ';');
            foreach (var connector in (string[])[" og", " and", " &"])
            {
                if (trimmed.EndsWith(connector, StringComparison.Ordinal))
                {
                    trimmed = trimmed[..^connector.Length];
                    break;
                }
            }

            if (trimmed.Length == span.Length)
            {
                return trimmed;
            }

            span = trimmed;
        }
    }

    /// <summary>
    /// Cuts a line into one entry per e-mail address: an entry runs on after its address to the next comma or
    /// semicolon outside brackets ("Bo Test (bo@…) – Vejle Kommune, Carl Test …"), but never into the next address.
    /// </summary>
    private static List<string> SplitAfterAddresses(string text)
    {
        var entries = new List<string>();
        var matches = EmailPattern().Matches(text);
        var from = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var limit = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var depth = 0;
            for (var k = from; k < m.Index; k++)
            {
                depth += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
            }

            var end = m.Index + m.Length;
            var cut = -1;
            for (var k = end; k < limit; k++)
            {
                var c = text[k];
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    depth--;
                }
                else if (depth <= 0 && (c is ',' or ';' || string.CompareOrdinal(text, k, " og ", 0, 4) == 0))
                {
                    cut = k;
                    break;
                }
            }

            if (cut < 0)
            {
                // No separator before the next address: the entry ends with its address and the brackets around it.
                cut = end;
                while (cut < limit && text[cut] is ')' or '>' or ']' or ' ')
                {
                    cut++;
                }
            }

            entries.Add(text[from..cut]);
            from = cut;
        }

        var rest = text[from..];
        if (rest.Trim().Trim(',', ';', '.').Trim().Length > 0)
        {
            entries.Add(rest);
        }

        return entries.Select(e => LeadingConnector().Replace(e, string.Empty)).Where(e => e.Trim().Length > 0).ToList();
    }
}
