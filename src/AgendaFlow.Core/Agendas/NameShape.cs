namespace AgendaFlow.Core.Agendas;

/// <summary>Whether a run of words has the shape of a person's name: capitalised words, no title or organisation word.</summary>
public static partial class PeopleParser
{
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
}
