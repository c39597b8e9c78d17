using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Makes a person's name of the capitalised words a pattern caught: drops words that start a sentence but are no
/// name ("Derfor", "Jeg"), titles before it ("Mr", "Dr", "Overlæge", "Kontorchef"), and refuses a department or an
/// organisation ("Medicinsk Afdeling"). A first name alone is completed from the mail's own headers (To, Cc).
/// </summary>
internal static partial class StandInName
{
    public static string? Clean(string raw)
    {
        var tokens = raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 0 && (NotNames.Contains(tokens[0].TrimEnd('.')) || Title().IsMatch(tokens[0])))
        {
            tokens.RemoveAt(0);
        }

        if (tokens.Count == 0 || tokens.Any(t => Organisation().IsMatch(t)))
        {
            return null;
        }

        return string.Join(' ', tokens);
    }

    /// <summary>The header mailbox whose display name is, or starts with, <paramref name="name"/>.</summary>
    public static ReplyParty? InHeaders(string? name, string? email, IReadOnlyList<ReplyParty> parties)
    {
        foreach (var party in parties)
        {
            if (email is not null && string.Equals(party.Email, email, StringComparison.OrdinalIgnoreCase))
            {
                return party;
            }

            if (name is not null && party.Name is { } full
                && (string.Equals(full, name, StringComparison.OrdinalIgnoreCase)
                    || full.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)))
            {
                return party;
            }
        }

        return null;
    }

    /// <summary>Two mentions are one person when one name is the other or begins it ("Louise", "Louise Bach Andersen").</summary>
    public static bool SamePerson(Substitute a, Substitute b)
    {
        if (a.Email is not null && b.Email is not null)
        {
            return string.Equals(a.Email, b.Email, StringComparison.OrdinalIgnoreCase);
        }

        if (a.Name is null || b.Name is null)
        {
            return true;
        }

        return a.Name.StartsWith(b.Name, StringComparison.OrdinalIgnoreCase) || b.Name.StartsWith(a.Name, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "jeg", "vi", "han", "hun", "de", "den", "det", "der", "men", "og", "så", "derfor", "desværre", "hej", "kære",
        "min", "mit", "mine", "vores", "i", "we", "he", "she", "they", "my", "our", "but", "and", "so", "unfortunately",
        "instead", "also", "også", "til", "fra", "mvh", "dear", "hi", "hello", "please", "alligevel", "dog", "nu", "måske",
        "maybe", "kollega", "kollegaen", "stedfortræder", "stedfortræderen", "suppleant", "suppleanten", "teams", "zoom", "skype",
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "mødet", "the", "a", "an", "colleague", "deputy", "substitute",
        "tak", "thanks", "ellers", "otherwise", "hvis", "if", "når", "when", "her", "here", "this", "denne", "dette",
        "desuden", "endvidere", "dermed", "herefter", "heldigvis", "alternativt", "samtidig", "forhåbentlig",
        "sekretariatet", "afbud", "hilsen", "however", "therefore", "regards", "mødelokalet", "tidspunktet", "datoen",
        "enten", "either", "eller", "or",
    };

    // Forms of address and job titles, which people put before a name: "Mr", "Dr.", "Overlæge", "Kontorchef", "Direktør".
    [GeneratedRegex(@"^(?i:mr|mrs|ms|miss|dr|prof|professor|sir|hr|fru|frk|cand|ph\.?d|\p{L}*(?:chef|læge|direktør|leder|konsulent|sekretær|sygeplejerske|formand|rådmand|borgmester|chefen|koordinator|rådgiver|fuldmægtig|specialist))\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"^(?i:\p{L}*(?:afdeling|afdelingen|kommune|region|regionen|sekretariat|sekretariatet|hospital|sygehus|center|centret|enhed|enheden|forvaltning|forvaltningen|direktion|udvalg|udvalget|klinik|klinikken|lægehus|lægehuset|department|council|board|office|unit|team|teams))$", RegexOptions.CultureInvariant)]
    private static partial Regex Organisation();
}
