namespace AgendaFlow.Core.Agendas;

/// <summary>Forms of participant lists beyond names and commas: titled lists, mentions, roles in brackets, lines that read as nobody.</summary>
public static partial class PeopleParser
{
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
        var after = text.AsSpan(searchFrom, Math.Min(80, text.Length - searchFrom)).TrimStart();
        // "Anja Buus Lindgaard (A) (formand)": the party first, then the role.
        while (!after.IsEmpty && after[0] == '(' && after.IndexOf(')') is var close and > 0)
        {
            if (RoleAtStart(after[1..close].Trim().ToString().ToLowerInvariant()) is { } role)
            {
                return role;
            }

            after = after[(close + 1)..].TrimStart();
        }

        return null;
    }
}
