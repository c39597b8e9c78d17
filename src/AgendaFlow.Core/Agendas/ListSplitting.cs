namespace AgendaFlow.Core.Agendas;

/// <summary>Cutting a list line into its parts at commas, semicolons and "og", without copies where none are needed.</summary>
public static partial class PeopleParser
{
    /// <summary>The names of a list line without addresses, notes and the dashes that led to an address.</summary>
    private static string ListClean(string text)
    {
        var clean = ParenthesisedNote().Replace(WithoutEmails(text), " ");
        return clean.Contains('–', StringComparison.Ordinal) || clean.Contains('-', StringComparison.Ordinal) || clean.Contains('—', StringComparison.Ordinal) ? DanglingDash().Replace(clean, string.Empty) : clean;
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
}
