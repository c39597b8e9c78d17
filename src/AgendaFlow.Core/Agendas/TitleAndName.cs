using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>Where one person's title ends and the name begins, and where the next "Title Name" pair starts.</summary>
public static partial class PeopleParser
{
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
}
