namespace AgendaFlow.Core.Agendas;

/// <summary>The words that mark titles ("direktør", "-chef"), roles ("formand", "referent"), organisations and name particles.</summary>
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
}
