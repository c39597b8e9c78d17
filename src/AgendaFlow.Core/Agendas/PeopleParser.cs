using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Reads people as secretariats list them: "Name, Organisation", "Name, Title, Organisation &lt;e-mail&gt; (role)",
/// comma lists of names, and runs of "Title Name Title Name" grouped under an organisation.
/// </summary>
public static partial class PeopleParser
{
    /// <summary>Names only, e.g. for "Referenter: Mette Kvist og Anja Skaarup".</summary>
    public static IReadOnlyList<string> ParseNames(IEnumerable<string> lines)
    {
        var names = new List<string>();
        foreach (var person in ParsePeople(lines, allowSingleNames: true))
        {
            names.Add(person.Name);
        }

        return names;
    }

    /// <summary>
    /// Far above any committee, and above the invitation lists of large network meetings; a list this long is not a
    /// participant list, and reading it all would be slow.
    /// </summary>
    public const int MaxPeoplePerList = 1000;

    /// <summary>All people in the value lines of a header block, in document order.</summary>
    public static IReadOnlyList<Person> ParsePeople(IEnumerable<string> lines, bool allowSingleNames = false)
    {
        var people = new List<Person>();
        string? organisation = null;
        var lineList = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        // A comma list of names wrapped over several lines: every line of it is a list, even one with two names.
        var listMode = lineList.Any(l => ListClean(OrganisationMarker.Strip(l)) is var clean && MayListThree(clean) && ListsThreeNames(clean));
        foreach (var raw in lineList)
        {
            if (people.Count >= MaxPeoplePerList)
            {
                break;
            }

            var line = WithoutMentionsAndHonorifics(Bullet().Replace(raw, string.Empty));
            if (AddressOnly(line) is { } address)
            {
                // "Anne Jensen, Vejle Kommune" with "E-mail: anne@…" on the line below.
                if (people.Count > 0 && people[^1].Email is null)
                {
                    people[^1] = people[^1] with { Email = address };
                }

                continue;
            }

            var singleLineBlock = lineList.Count == 1 || allowSingleNames || listMode;
            if (!line.Contains(OrganisationMarker.Open, StringComparison.Ordinal))
            {
                // Most lines name no organisation: read as the one segment they are, without cutting them up.
                organisation = AddSegment(people, line, organisation, singleLineBlock);
                continue;
            }

            foreach (var (segment, org) in SplitByOrganisation(line, organisation))
            {
                organisation = AddSegment(people, segment, org, singleLineBlock);
            }
        }

        return people.Take(MaxPeoplePerList).ToList();
    }

    /// <summary>The people of one segment of a line; returns the organisation for the segments after it.</summary>
    private static string? AddSegment(List<Person> people, string segment, string? organisation, bool singleLineBlock)
    {
        var text = segment.Trim().Trim(',', ';').Trim();
        if (text.Length == 0)
        {
            return organisation;
        }

        if (text.EndsWith(':') && !text.Contains(',', StringComparison.Ordinal) && Tokens(text).Count <= 5)
        {
            return text.TrimEnd(':').Trim();
        }

        if (GroupPrefix().Match(text) is { Success: true } group && !IsNameLike(group.Groups["group"].Value) && HeaderLabels.Find(group.Groups["group"].Value) is null)
        {
            // "Udvalget: Anne Hansen (A), Bo Jensen (V)": the group names the people after it on this line.
            people.AddRange(ParseSegment(group.Groups["rest"].Value, group.Groups["group"].Value.Trim(), singleLineBlock: true));
            return organisation;
        }

        people.AddRange(ParseSegment(text, organisation, singleLineBlock));
        return organisation;
    }

    private static IEnumerable<(string Segment, string? Organisation)> SplitByOrganisation(string line, string? current)
    {
        var parts = line.Split(OrganisationMarker.Open);
        yield return (parts[0], current);
        foreach (var part in parts.Skip(1))
        {
            var close = part.IndexOf(OrganisationMarker.Close, StringComparison.Ordinal);
            if (close < 0)
            {
                yield return (part, current);
                continue;
            }

            current = part[..close].Trim().TrimEnd(':').Trim();
            yield return (part[(close + 1)..], current);
        }
    }

    private static IEnumerable<Person> ParseSegment(string text, string? organisation, bool singleLineBlock)
    {
        var clean = ListClean(text);
        // Most segments are no list of names: the parts are counted in place and copied only for a list.
        var (commaCount, allNames) = CountNameParts(clean);
        if (commaCount >= 2 && allNames && (commaCount >= 3 || singleLineBlock || text.Contains(" og ", StringComparison.Ordinal) || Addresses(text) >= 2))
        {
            // "Anne Hansen (A), formand, Bo Jensen (V)": a role word belongs to the name before it.
            var listed = SplitList(clean);
            var hasNotes = text.Contains('(', StringComparison.Ordinal);
            var searchFrom = 0;
            var people = new List<Person>();
            for (var i = 0; i < listed.Count; i++)
            {
                if (IsRole(listed[i]))
                {
                    continue;
                }

                var role = i + 1 < listed.Count && IsRole(listed[i + 1]) ? listed[i + 1].ToLowerInvariant() : hasNotes ? NoteRoleAfter(text, listed[i], ref searchFrom) : null;
                people.Add(new Person(listed[i], Organisation: organisation, Role: role));
            }

            foreach (var listedPerson in WithAddresses(text, people, organisation))
            {
                yield return listedPerson;
            }

            yield break;
        }

        if (Addresses(text) >= 2 && SplitAfterAddresses(text) is { Count: >= 2 } entries)
        {
            // "Anne Test <anne@…>, Direktør Bo Test <bo@…>": every address ends an entry.
            var found = new List<Person>();
            foreach (var entry in entries)
            {
                var words = entry.Trim().Trim(',', ';', '.').Trim();
                if (IsRole(words) && found.Count > 0 && found[^1].Role is null)
                {
                    // "Carl Test <carl@…>, næstformand": the role belongs to the person before it.
                    found[^1] = found[^1] with { Role = words.ToLowerInvariant() };
                    continue;
                }

                if (AddressOnly(entry) is null)
                {
                    found.AddRange(ParseSegment(entry, organisation, singleLineBlock: true));
                }
            }

            foreach (var entryPerson in found)
            {
                yield return entryPerson;
            }

            yield break;
        }

        if (TitledList(text, organisation) is { } titled)
        {
            foreach (var titledPerson in titled)
            {
                yield return titledPerson;
            }

            yield break;
        }

        // Two people by their titles take two title words; most segments have fewer, and are not cut into words.
        var tokens = TitleWordCount(text) >= 2 ? Tokens(text) : null;
        if (tokens is not null && TitleStarts(tokens) is { Count: >= 2 } starts)
        {
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : tokens.Count;
                var leading = i == 0 && starts[0] > 0 ? JoinWords(tokens, 0, starts[0]) : null;
                if (leading is not null && ParsePerson(leading, organisation) is { } before)
                {
                    yield return before;
                }

                if (ParsePerson(JoinWords(tokens, starts[i], end), organisation) is { } p)
                {
                    yield return p;
                }
            }

            yield break;
        }

        if (singleLineBlock && commaCount >= 2)
        {
            // "Formand Frank Hulgaard og kursisterne Louisa Carlsen og Jørn Bæk": a list whose parts end in names.
            var trailingNames = CommaParts(clean).Select(AttendanceSentences.LastName).OfType<string>().ToList();
            if (trailingNames.Count >= 2)
            {
                foreach (var name in trailingNames)
                {
                    yield return new Person(name, Organisation: organisation);
                }

                yield break;
            }
        }

        if (ParsePerson(text, organisation) is { } person)
        {
            yield return person;
        }
        else if (singleLineBlock && commaCount >= 2)
        {
            // "Formand Frank Hulgaard og kursisterne Louisa Carlsen og Jørn Bæk": the names end each part.
            foreach (var name in CommaParts(clean).Select(AttendanceSentences.LastName).OfType<string>())
            {
                yield return new Person(name, Organisation: organisation);
            }
        }
    }
}
