using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>What the new text says about a stand-in: one named, one announced without a name, or two that conflict.</summary>
internal sealed record StandInFinding(Substitute? Substitute, bool Unnamed, bool Conflicting, string? Sentence, string? Words, string? Rule)
{
    public static readonly StandInFinding None = new(null, false, false, null, null, null);
}

/// <summary>
/// Finds a stand-in in new text (<see cref="StandInPatterns"/>), with the address when one is given or when the name is
/// one of the mail's own recipients. Two different people named as stand-in is a conflict, not a guess.
/// </summary>
internal static class SubstituteFinder
{
    /// <param name="saysAbsent">Whether the reply says the sender is not coming: then "X deltager" alone names a stand-in.</param>
    public static StandInFinding Find(string newText, ReplyParties parties, bool saysAbsent)
    {
        var found = new List<(Substitute Who, string Sentence, string Words, string Rule)>();
        string? unnamedSentence = null;
        foreach (var sentence in ReplySentences.Split(ReplySentences.Normalise(newText)))
        {
            if (sentence.IsQuestion || ConditionalSentence(sentence.Text))
            {
                continue;
            }

            foreach (var shape in StandInPatterns.Shapes)
            {
                if ((shape.NeedsAbsence && !saysAbsent)
                    || (shape.NeedsRoleContext && !StandInPatterns.RoleContext().IsMatch(sentence.Text))
                    || !shape.Anchor.IsMatch(sentence.Text))
                {
                    continue;
                }

                foreach (Match match in shape.Pattern.Matches(sentence.Text))
                {
                    var who = shape.IsSender ? parties.Sender : Named(match, sentence.Text, parties);
                    if (who is not null)
                    {
                        found.Add((who, sentence.Text, match.Value, shape.Rule));
                        break;
                    }
                }
            }

            if (unnamedSentence is null && StandInPatterns.UnnamedStandIn().IsMatch(sentence.Text))
            {
                unnamedSentence = sentence.Text;
            }
        }

        if (found.Count == 0)
        {
            return unnamedSentence is null ? StandInFinding.None : new StandInFinding(null, true, false, unnamedSentence, null, "stand-in without a name");
        }

        var first = found[0];
        if (found.Any(f => !StandInName.SamePerson(f.Who, first.Who)))
        {
            var sentences = string.Join(' ', found.Select(f => f.Sentence).Distinct());
            return new StandInFinding(null, false, true, sentences, null, "two different stand-ins");
        }

        // The fullest mention names the person: "Louise" in the text, "Louise Bach Andersen" in Cc.
        var best = found.Select(f => f.Who).OrderByDescending(w => (w.Name?.Length ?? 0) + (w.Email is null ? 0 : 1000)).First();
        return new StandInFinding(best, false, false, first.Sentence, first.Words, first.Rule);
    }

    private static Substitute? Named(Match match, string sentence, ReplyParties parties)
    {
        var name = match.Groups["name"].Success ? StandInName.Clean(match.Groups["name"].Value) : null;
        var email = match.Groups["email"].Success ? match.Groups["email"].Value.ToLowerInvariant() : null;
        if (name is null && email is null && match.Groups["name"].Success)
        {
            return null;
        }

        email ??= OtherAddressIn(sentence, parties.Sender?.Email);
        if (name is null && email is null)
        {
            return null;
        }

        if (parties.Sender is { } sender
            && ((email is not null && string.Equals(email, sender.Email, StringComparison.OrdinalIgnoreCase))
                || (name is not null && string.Equals(name, sender.Name, StringComparison.OrdinalIgnoreCase))))
        {
            // The writer's own name is no stand-in.
            return null;
        }

        var party = StandInName.InHeaders(name, email, parties.Others);
        return party is null
            ? new Substitute(name, email)
            : new Substitute(party.Name ?? name, email ?? party.Email.ToLowerInvariant());
    }

    private static bool ConditionalSentence(string sentence) =>
        sentence.StartsWith("Hvis ", StringComparison.OrdinalIgnoreCase) || sentence.StartsWith("If ", StringComparison.OrdinalIgnoreCase);

    private static string? OtherAddressIn(string sentence, string? senderAddress) =>
        StandInPatterns.Address().Matches(sentence)
            .Select(m => m.Value)
            .FirstOrDefault(a => !string.Equals(a, senderAddress, StringComparison.OrdinalIgnoreCase))
            ?.ToLowerInvariant();
}

/// <summary>The writer and the other people in a reply's headers.</summary>
public sealed record ReplyParties(Substitute? Sender, IReadOnlyList<ReplyParty> Others)
{
    public static readonly ReplyParties Unknown = new(null, []);

    public static ReplyParties Of(string? senderAddress) =>
        senderAddress is null ? Unknown : new(new Substitute(null, senderAddress.ToLowerInvariant()), []);
}
