using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Reads people as secretariats list them: "Name, Organisation", "Name, Title, Organisation &lt;e-mail&gt; (role)",
/// comma lists of names, and runs of "Title Name Title Name" grouped under an organisation.
/// </summary>
public static partial class PeopleParser
{
    private static readonly string[] TitleSuffixes =
    [
        "direktør", "chef", "sygeplejerske", "plejerske", "konsulent", "koordinator", "leder", "overlæge", "læge", "ansvarlig", "formand", "forkvinde", "forperson",
        "medarbejder", "rådgiver", "sekretær", "fuldmægtig", "specialist", "borgmester", "rådmand", "terapeut", "psykolog", "jordemoder", "professor", "lektor",
        "analytiker", "økonom", "jurist", "assistent", "repræsentant", "medlem", "direktor", "director", "manager", "advisor", "coordinator", "officer",
        "kontorchef", "akademiker", "tandlæge", "farmaceut", "ingeniør", "arkitekt", "pædagog", "udvikler", "controller", "partner", "formidler", "underdirektør",
    ];

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "le", "de", "van", "von", "der", "den", "af", "la", "du", "di", "da", "el", "bin", "ter", "ten" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticleSpans = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "og", "for", "i", "på", "ved", "med", "af", "til", "&" };

    private static readonly string[] OrganisationWords =
    [
        "kommune", "region", "regioner", "ministeri", "styrelse", "hospital", "enhed", "praksis", "center", "centret", "sekretariat", "afdeling", "udvalg",
        "gruppe", "forening", "universitet", "klynge", "psykiatri", "medcom", "sundhed", "plo", "kl", "a/s", "aps", "koncern", "fonden", "rådet", "direktion",
        "sygehus", "university", "institut", "institute", "klinik", "clinic", "secretariat", "ministry", "agency",
    ];

    private static readonly string[] GenericOrganisationWords = ["kommune", "region", "praksis", "hospital", "kommuner", "regioner"];

    private static readonly string[] Roles = ["gæst", "næstformand", "medformand", "formand", "forkvinde", "forperson", "mødeleder", "referent", "sekretær", "ordstyrer", "sekretariat", "observatør", "tilforordnet", "suppleant"];

    /// <summary>The role given to someone marked "(afbud)" in a participant list.</summary>
    public const string AbsentRole = "afbud";

    // The predicates below run on every word of every participant list, so they read the text in place (spans, case-insensitive
    // comparison) instead of making lower-case copies and token lists; the word lists themselves are all lower case.
    private static bool IsRole(string text) => IsOneOf(text.AsSpan().Trim(), Roles);

    /// <summary>The first role the text starts with, if any.</summary>
    private static string? RoleAtStart(string text)
    {
        foreach (var role in Roles)
        {
            if (text.StartsWith(role, StringComparison.Ordinal))
            {
                return role;
            }
        }

        return null;
    }

    private static bool IsOneOf(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTitleWord(string token) => IsTitleWord(token.AsSpan());

    private static bool IsTitleWord(ReadOnlySpan<char> token)
    {
        var t = token.Trim(",.:;()");
        if (t.Length < 4 || t.Contains('@'))
        {
            return false;
        }

        foreach (var suffix in TitleSuffixes)
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrganisationWord(ReadOnlySpan<char> word)
    {
        foreach (var o in OrganisationWords)
        {
            if (word.Equals(o, StringComparison.OrdinalIgnoreCase) || (o.Length > 4 && word.Contains(o, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTitlePhrase(string text)
    {
        var span = text.AsSpan();
        var (count, titleWordFirst) = (0, false);
        foreach (var token in span.SplitAny(TokenSeparators))
        {
            if (span[token].IsEmpty)
            {
                continue;
            }

            titleWordFirst |= count < 3 && IsTitleWord(span[token]);
            if (++count > 8)
            {
                return false;
            }
        }

        return count > 0 && titleWordFirst;
    }

    public static bool IsNameLike(string text) => IsNameLike(text, allowNumbered: false);

    /// <param name="allowNumbered">
    /// An entry with its own e-mail address is a person even when a word carries a number
    /// ("Deltager Nummer4 &lt;deltager4@…&gt;"); a number alone is still not part of a name.
    /// </param>
    private static bool IsNameLike(ReadOnlySpan<char> span, bool allowNumbered)
    {
        Span<Range> tokens = stackalloc Range[6];
        var count = 0;
        foreach (var token in span.SplitAny(TokenSeparators))
        {
            if (span[token].IsEmpty)
            {
                continue;
            }

            if (count == tokens.Length)
            {
                // Six words or more: no name.
                return false;
            }

            tokens[count++] = token;
        }

        if (count < 2 || span.Contains('@'))
        {
            return false;
        }

        if (HasDigit(span) && (!allowNumbered || AnyTokenStartsWithNonLetter(span, tokens[..count])))
        {
            return false;
        }

        if (!IsCapitalised(span[tokens[0]]) || !IsCapitalised(span[tokens[count - 1]]))
        {
            return false;
        }

        foreach (var range in tokens[..count])
        {
            var token = span[range];
            if (NameParticleSpans.Contains(token))
            {
                continue;
            }

            if (!IsCapitalised(token) || IsTitleWord(token) || IsOrganisationWord(token.Trim(".,")))
            {
                return false;
            }

            if (token.Length > 2 && IsAllCaps(token))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyTokenStartsWithNonLetter(ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens)
    {
        foreach (var token in tokens)
        {
            if (!char.IsLetter(text[token][0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>No lower-case letter: "PLO", "IT", "KOSU-næstformand" is not.</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalised(string token) => IsCapitalised(token.AsSpan());

    private static bool IsCapitalised(ReadOnlySpan<char> token) =>
        token.Length > 0 && char.IsUpper(token[0]) && (token.Length == 1 || HasLower(token[1..]) || token.EndsWith('.'));

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words are separated by spaces and tabs only, as <see cref="Tokens"/> cuts them.</summary>
    private static readonly char[] TokenSeparators = [' ', '\t'];

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var range in text.AsSpan().SplitAny(TokenSeparators))
        {
            if (range.GetOffsetAndLength(text.Length).Length > 0)
            {
                tokens.Add(text[range]);
            }
        }

        return tokens;
    }

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

        if (TitledList(text, organisation) is { } titled)
        {
            foreach (var titledPerson in titled)
            {
                yield return titledPerson;
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

    /// <summary>
    /// "Direktør Gert Frandsen, sundhedschef Sidsel Bruhn, udviklingskonsulent Maja Kloster (referent)" and
    /// "Borgmester Kasper Glerup (V), formand · Ole Vinding (C)": a list whose every part is one person with a title.
    /// Null when any part is not a person, so that "Anne Jensen, Vejle Kommune" stays one person.
    /// </summary>
    private static List<Person>? TitledList(string text, string? organisation)
    {
        if (!text.Contains('·', StringComparison.Ordinal) && (TitleWordCount(text) < 2 || text.AsSpan().Count(',') < 1))
        {
            return null;
        }

        var people = new List<Person>();
        foreach (var part in TopLevelParts(text))
        {
            var trimmed = part.Trim().TrimEnd('.').Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (IsRole(trimmed) && people.Count > 0)
            {
                people[^1] = people[^1] with { Role = people[^1].Role ?? trimmed.ToLowerInvariant() };
                continue;
            }

            if (Tokens(trimmed).Count > 8 || ParsePerson(trimmed, organisation) is not { } person)
            {
                return null;
            }

            people.Add(person);
        }

        return people.Count >= 2 && people.Any(p => p.Title is not null) ? people : null;
    }

    /// <summary>The parts of a line between commas, semicolons and middle dots outside brackets.</summary>
    private static List<string> TopLevelParts(string text)
    {
        var parts = new List<string>();
        var (depth, from) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '(' or '<' ? 1 : text[i] is ')' or '>' ? -1 : 0;
            if (depth <= 0 && text[i] is ',' or ';' or '·')
            {
                parts.Add(text[from..i]);
                from = i + 1;
            }
        }

        parts.Add(text[from..]);
        return parts;
    }

    /// <summary>
    /// Whether a line of a participant list reads as nobody although it looks like it names someone: a sign that the
    /// list holds a form the parser does not know, and that a person may be missing.
    /// </summary>
    public static bool DroppedLines(IEnumerable<string> lines)
    {
        // A committee's list is a few dozen lines of a few words; beyond that the list is read, not second-guessed.
        foreach (var raw in lines.Take(MaxLinesToRecheck))
        {
            var line = OrganisationMarker.Strip(raw).Trim();
            if (line.Length is 0 or > MaxLineToRecheck || line.EndsWith(':') || AddressOnly(line) is not null || line.Contains("vakant", StringComparison.OrdinalIgnoreCase)
                || raw.TrimStart().StartsWith(OrganisationMarker.Open) || Tokens(line).Count < 2)
            {
                continue;
            }

            if (ParsePeople([raw]).Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxLinesToRecheck = 200;

    private const int MaxLineToRecheck = 400;

    /// <summary>"@Birgitte Hald" (a mention in Loop or Teams) and "Dr. Henrik Winther" are the person's name without the mark.</summary>
    internal static string WithoutMentionsAndHonorifics(string line) =>
        line.Contains('@', StringComparison.Ordinal) || line.Contains('.', StringComparison.Ordinal) ? Honorific().Replace(Mention().Replace(line, string.Empty), string.Empty) : line;

    /// <summary>"Lene Fogh (formand), Signe Bruun": the role in brackets right after a name in a list.</summary>
    /// <param name="searchFrom">Where the previous name of the list ended; the names are looked for in order, so each part of the text is read once.</param>
    private static string? NoteRoleAfter(string text, string name, ref int searchFrom)
    {
        var at = text.IndexOf(name, searchFrom, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        searchFrom = at + name.Length;
        var after = text.AsSpan(searchFrom, Math.Min(60, text.Length - searchFrom)).TrimStart();
        var close = after.IndexOf(')');
        if (after.IsEmpty || after[0] != '(' || close < 0)
        {
            return null;
        }

        return RoleAtStart(after[1..close].Trim().ToString().ToLowerInvariant());
    }

    /// <summary>The names of a list line without addresses, notes and the dashes that led to an address.</summary>
    private static string ListClean(string text)
    {
        var clean = ParenthesisedNote().Replace(WithoutEmails(text), " ");
        return clean.Contains('–', StringComparison.Ordinal) || clean.Contains('-', StringComparison.Ordinal) || clean.Contains('—', StringComparison.Ordinal) ? DanglingDash().Replace(clean, string.Empty) : clean;
    }

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

    /// <summary>
    /// Whether <see cref="SplitList"/> could find three parts: that takes two separators, and most lines have fewer,
    /// so they are passed over without being cut up.
    /// </summary>
    private static bool MayListThree(string text)
    {
        var span = text.AsSpan();
        var separators = span.Count(',') + span.Count(';');
        foreach (var word in ListWordSeparators)
        {
            separators += separators >= 2 ? 0 : span.Count(word);
        }

        return separators >= 2;
    }

    private static readonly char[] ListSeparators = [',', ';'];

    private static readonly string[] ListWordSeparators = [" og ", " & ", " and ", " / "];

    /// <summary>
    /// <see cref="Whitespace"/> replaced by single spaces. Names mostly have single spaces already, and then the text is
    /// kept as it is: the replacement would have built an identical copy, since every space is a match.
    /// </summary>
    internal static string CollapseWhitespace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return Whitespace().Replace(text, " ");
            }
        }

        return text;
    }

    private static List<string> SplitList(string text)
    {
        var parts = new List<string>();
        foreach (var piece in new ListPieces(text))
        {
            parts.Add(piece.ToString());
        }

        return parts;
    }

    /// <summary>The parts of the list (see <see cref="SplitList"/>) that are no role word.</summary>
    private static List<string> CommaParts(string text) => SplitList(text).Where(p => !IsRole(p)).ToList();

    /// <summary>How many of <see cref="CommaParts"/> there are and whether all of them are names, without a copy of any part.</summary>
    private static (int Count, bool AllNames) CountNameParts(string text)
    {
        var (count, allNames) = (0, true);
        foreach (var piece in new ListPieces(text))
        {
            if (!IsOneOf(piece.Trim(), Roles))
            {
                count++;
                allNames &= IsNameLike(piece, allowNumbered: false);
            }
        }

        return (count, allNames);
    }

    /// <summary>Whether the list holds three or more parts and all are names (see <see cref="SplitList"/>), without a copy of any part.</summary>
    private static bool ListsThreeNames(string text)
    {
        var count = 0;
        foreach (var piece in new ListPieces(text))
        {
            if (!IsNameLike(piece, allowNumbered: false))
            {
                return false;
            }

            count++;
        }

        return count >= 3;
    }

    /// <summary>
    /// The parts of a list line, cut at "," and ";" and then at " og ", " &amp; ", " and ", " / " (at each position the first of
    /// these that matches, as <see cref="string.Split(string[], StringSplitOptions)"/> cuts), trimmed of spaces and a trailing
    /// full stop; empty parts are left out.
    /// </summary>
    private ref struct ListPieces(string text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int position;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly ListPieces GetEnumerator() => this;

        public bool MoveNext()
        {
            while (position <= text.Length)
            {
                var start = position;
                var end = start;
                var next = text.Length + 1;
                for (; end < text.Length; end++)
                {
                    if (text[end] is ',' or ';')
                    {
                        next = end + 1;
                        break;
                    }

                    if (WordSeparatorAt(text[end..]) is var length and > 0)
                    {
                        next = end + length;
                        break;
                    }
                }

                position = next;
                var piece = text[start..end].Trim().TrimEnd('.');
                if (piece.Length > 0)
                {
                    Current = piece;
                    return true;
                }
            }

            return false;
        }

        private static int WordSeparatorAt(ReadOnlySpan<char> rest)
        {
            foreach (var separator in ListWordSeparators)
            {
                if (rest.StartsWith(separator, StringComparison.Ordinal))
                {
                    return separator.Length;
                }
            }

            return 0;
        }
    }

    /// <summary>How many words of the text are title words; a "Title Name" pair begins only at one.</summary>
    private static int TitleWordCount(string text)
    {
        var span = text.AsSpan();
        var count = 0;
        foreach (var token in span.SplitAny(TokenSeparators))
        {
            if (!span[token].IsEmpty && IsTitleWord(span[token]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Token indexes where a "Title Name" pair begins.</summary>
    private static List<int> TitleStarts(List<string> tokens)
    {
        var starts = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // "(medformand)" is a role note, not the start of the next person.
            if (tokens[i].StartsWith('(') || !IsTitleWord(tokens[i]))
            {
                continue;
            }

            var start = i;
            if (char.IsLower(tokens[i][0]))
            {
                if (i >= 2 && tokens[i - 1] == "og" && tokens[i - 2].EndsWith('-'))
                {
                    start = i - 2;
                }
                else if (i >= 1 && IsCapitalised(tokens[i - 1]) && AdjectiveEnding().IsMatch(tokens[i - 1]))
                {
                    start = i - 1;
                }
                else
                {
                    continue;
                }
            }
            else if (i >= 2 && tokens[i - 1] == "og" && tokens[i - 2].EndsWith('-'))
            {
                start = i - 2;
            }

            // A title word right after another title word (or inside one title) is not a new person.
            if (starts.Count > 0 && !HasNameBetween(tokens, starts[^1], start))
            {
                continue;
            }

            starts.Add(start);
        }

        return starts;
    }

    private static bool HasNameBetween(List<string> tokens, int from, int to)
    {
        var capitalisedRun = 0;
        var best = 0;
        for (var i = from + 1; i < to; i++)
        {
            capitalisedRun = IsCapitalised(tokens[i].Trim(',', '(', ')')) && !IsTitleWord(tokens[i]) ? capitalisedRun + 1 : (NameParticles.Contains(tokens[i]) ? capitalisedRun : 0);
            best = Math.Max(best, capitalisedRun);
        }

        return best >= 2;
    }

    /// <summary>One person from a line such as "Marianne Holst, Direktør, Region Midtjylland &lt;x@y&gt; (formand)".</summary>
    public static Person? ParsePerson(string text, string? organisation = null)
    {
        text = WithoutMentionsAndHonorifics(text);
        var email = text.Contains('@', StringComparison.Ordinal) && EmailPattern().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
        var rest = WithoutEmails(text);
        rest = Phone().Replace(rest, " ");
        string? role = null;
        string? noteTitle = null;
        for (var note = ParenthesisedNote().Match(rest); note.Success; note = note.NextMatch())
        {
            // "(formand)", "(Vejle Kommune)", "(Direktør, Region Midtjylland, formand)": each piece is a role, title or organisation.
            foreach (var piece in note.Groups[1].Value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var content = piece.ToLowerInvariant();
                if (content.Contains("vakant", StringComparison.Ordinal))
                {
                    return null;
                }

                if (content.StartsWith("afbud", StringComparison.Ordinal) || content.StartsWith("fraværende", StringComparison.Ordinal) || content.StartsWith("ikke til stede", StringComparison.Ordinal))
                {
                    // "Hanne Roed (afbud)" inside the participant list: the caller moves her to the absent.
                    role = AbsentRole;
                    continue;
                }

                if (RoleAtStart(content) is { } noteRole)
                {
                    role ??= noteRole;
                    continue;
                }

                if (content.Length <= 1 || content.Contains("via", StringComparison.Ordinal) || content.Contains("video", StringComparison.Ordinal)
                    || content.Contains("punkt", StringComparison.Ordinal) || content.Contains("pkt", StringComparison.Ordinal) || content.Contains("deltager", StringComparison.Ordinal))
                {
                    continue;
                }

                if (noteTitle is null && IsTitlePhrase(piece) && !IsNameLike(piece))
                {
                    noteTitle = piece;
                }
                else
                {
                    organisation ??= piece;
                }
            }
        }

        rest = ParenthesisedNote().Replace(rest, " ");
        rest = OrganisationMarker.Strip(rest);
        rest = CollapseWhitespace(rest).Trim().Trim(',', ';', '.', '-', '–', '—', ':', '/').Trim();
        var parts = new List<string>();
        foreach (var range in Separator().EnumerateSplits(rest))
        {
            if (rest.AsSpan(range).Trim() is { Length: > 0 } trimmedPart)
            {
                // Mostly the one part is all of the text.
                parts.Add(trimmedPart.Length == rest.Length ? rest : trimmedPart.ToString());
            }
        }

        if (parts.Count == 0)
        {
            return null;
        }

        string? name = null;
        string? title = null;
        var others = new List<string>();
        var first = parts[0];
        // A title needs a title word; most names have none, and are not cut into words.
        var firstTokens = TitleWordCount(first) > 0 ? Tokens(first) : null;
        if (firstTokens is not null && (TitleStarts(firstTokens) is [0, ..] || (IsTitleWord(firstTokens[0]) && !IsNameLike(first))))
        {
            var (t, n) = SplitTitleAndName(firstTokens);
            title = t;
            var index = 1;
            if (n.Length == 0)
            {
                while (index < parts.Count && !IsNameLike(parts[index]))
                {
                    title += ", " + parts[index];
                    index++;
                }

                if (index < parts.Count)
                {
                    n = parts[index];
                    index++;
                }
            }

            name = n;
            others.AddRange(parts.Skip(index));
        }
        else
        {
            name = first;
            others.AddRange(parts.Skip(1));
        }

        foreach (var other in others)
        {
            // A status column in a participant table: "Anne Holm | Aarhus Kommune | Afbud".
            var status = other.Trim().ToLowerInvariant();
            if (status is "afbud" or "meldt afbud" or "fraværende" or "nej")
            {
                role = AbsentRole;
                continue;
            }

            if (status is "deltager" or "deltagere" or "ja" or "x" or "til stede" or "deltog")
            {
                continue;
            }

            if (IsRole(other))
            {
                role ??= status;
                continue;
            }

            if (title is null && IsTitlePhrase(other))
            {
                title = other;
            }
            else
            {
                organisation ??= other;
            }
        }

        name = name?.Trim().TrimEnd('.');
        var withAddress = email is not null;
        if (name is not null && !IsNameLike(name, withAddress))
        {
            name = WithoutTrailingOrganisation(name);
        }

        if (name is null || !IsNameLike(name, withAddress))
        {
            return null;
        }

        title = string.IsNullOrWhiteSpace(title) ? noteTitle : title;
        return new Person(name, string.IsNullOrWhiteSpace(title) ? null : title, organisation, email, role);
    }

    /// <summary>
    /// Without underlining, the next group's organisation runs into the name before it:
    /// "Birthe Thoft Knudsen Skive Kommune", "Anja Skaarup Regionspsykiatrien".
    /// </summary>
    private static string? WithoutTrailingOrganisation(string name)
    {
        var tokens = Tokens(name);
        for (var k = 2; k < tokens.Count; k++)
        {
            var isOrganisation = IsOrganisationWord(tokens[k]) || (tokens[k].Length > 1 && IsAllCaps(tokens[k]));
            if (!isOrganisation && !char.IsLower(tokens[k][0]))
            {
                continue;
            }

            // "Skive Kommune", "Almen praksis": a place or adjective before a generic word belongs to the organisation.
            var generic = IsOneOf(tokens[k], GenericOrganisationWords) || char.IsLower(tokens[k][0]);
            var end = generic && k - 1 >= 2 ? k - 1 : k;
            return string.Join(' ', CollectionsMarshal.AsSpan(tokens)[..end]);
        }

        return null;
    }

    /// <summary>"Sektionsleder for Familie og børnehandicap Lone Baggersgaard Pedersen" → (title, name).</summary>
    public static (string Title, string Name) SplitTitleAndName(string text) => SplitTitleAndName(Tokens(text));

    /// <summary>Words <paramref name="from"/> up to <paramref name="to"/> joined by spaces.</summary>
    private static string JoinWords(List<string> tokens, int from, int to) => string.Join(' ', CollectionsMarshal.AsSpan(tokens)[from..to]);

    /// <param name="tokens">The words of the text, as <see cref="Tokens"/> cuts them.</param>
    private static (string Title, string Name) SplitTitleAndName(List<string> tokens)
    {
        var i = 1;
        if (tokens.Count > 1 && char.IsLower(tokens[1][0]) && !NameParticles.Contains(tokens[1]))
        {
            i = 2;
        }

        if (tokens.Count > 2 && tokens[0].EndsWith('-') && tokens[1] == "og")
        {
            i = 3;
        }

        while (i < tokens.Count)
        {
            var token = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var lowerWord = char.IsLower(token[0]) && !NameParticles.Contains(token);
            var capitalisedBeforeConnector = IsCapitalised(token) && next is not null && (Connectors.Contains(next) || (char.IsLower(next[0]) && !NameParticles.Contains(next)));
            if (Connectors.Contains(token) || lowerWord || capitalisedBeforeConnector || IsAllCaps(token) && token.Length > 1 && !token.EndsWith('.'))
            {
                i++;
                continue;
            }

            break;
        }

        var words = CollectionsMarshal.AsSpan(tokens);
        return (string.Join(' ', words[..i]).Trim(',', ' '), string.Join(' ', words[i..]).Trim(',', ' '));
    }

    /// <summary>The address of a line that holds nothing else: "anne@kommune.example", "E-mail: &lt;anne@…&gt;".</summary>
    public static string? AddressOnly(string line) =>
        line.Contains('@', StringComparison.Ordinal) && AddressLine().Match(OrganisationMarker.Strip(Bullet().Replace(line, string.Empty)).Trim()) is { Success: true } m ? m.Groups[1].Value : null;

    // The e-mail pattern is slow on long text without any "@"; most lines have none.
    private static string WithoutEmails(string text) => text.Contains('@', StringComparison.Ordinal) ? EmailPattern().Replace(text, " ") : text;

    [GeneratedRegex(@"<?(?:mailto:)?\b([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\b>?", RegexOptions.CultureInvariant, 500)]
    public static partial Regex EmailPattern();

    [GeneratedRegex(@"\(([^()]*)\)", RegexOptions.None, 500)]
    private static partial Regex ParenthesisedNote();

    [GeneratedRegex(@"(?:(?:tlf|telefon|mobil|mob|tel)\.?:?\s*)?(?:/\s*)?\+?\d[\d ]{6,}\d", RegexOptions.IgnoreCase, 500)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\s+", RegexOptions.None, 500)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*[,;]\s*|\s+[–—-]\s+", RegexOptions.None, 500)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(?:[-*+•·▪–]\s+|\d{1,3}[.)]\s+(?=\p{Lu}))", RegexOptions.None, 500)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:(?:e-?mail|mail|mailadresse|e-mailadresse)\s*:?\s*)?[(<\[]?(?:mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[)>\]]?[.;,]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 500)]
    private static partial Regex AddressLine();

    // "Anne Test –" once the address after the dash is gone.
    [GeneratedRegex(@"\s+[–—-]+\s*(?=[,;]|$)", RegexOptions.None, 500)]
    private static partial Regex DanglingDash();

    [GeneratedRegex(@"^(?:[\s,;]*(?:og|and|&)\s+|[\s,;]+)", RegexOptions.None, 500)]
    private static partial Regex LeadingConnector();

    [GeneratedRegex(@"(?<![\w.+'-])@(?=\p{Lu})", RegexOptions.None, 500)]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<![\w.])(?:Dr|Prof|Mr|Mrs|Ms)\.\s+(?=\p{Lu})", RegexOptions.None, 500)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^(?<group>\p{Lu}[\p{L}\- ]{1,40}?)\s*:\s+(?<rest>\S.*)$", RegexOptions.None, 500)]
    private static partial Regex GroupPrefix();

    [GeneratedRegex(@"(?:ig|ende|isk|lig|et|el|al|ær)$", RegexOptions.None, 500)]
    private static partial Regex AdjectiveEnding();
}
