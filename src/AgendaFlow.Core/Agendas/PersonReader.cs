using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>One person from one entry: name, title, organisation, address and role, in the orders secretariats write them.</summary>
public static partial class PeopleParser
{
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

    /// <summary>The address of a line that holds nothing else: "anne@kommune.example", "E-mail: &lt;anne@…&gt;".</summary>
    public static string? AddressOnly(string line) =>
        line.Contains('@', StringComparison.Ordinal) && AddressLine().Match(OrganisationMarker.Strip(Bullet().Replace(line, string.Empty)).Trim()) is { Success: true } m ? m.Groups[1].Value : null;

    // The e-mail pattern is slow on long text without any "@"; most lines have none.
    private static string WithoutEmails(string text) => text.Contains('@', StringComparison.Ordinal) ? EmailPattern().Replace(text, " ") : text;
}
