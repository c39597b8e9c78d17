namespace AgendaFlow.Core.Agendas;

/// <summary>Whether what the parser found about people deserves a person's second look.</summary>
public static class PeopleReview
{
    /// <summary>
    /// An address whose mailbox does not fit the name it stands next to ("Anne Holm &lt;bo.jensen@…&gt;") may belong to
    /// someone else: invitations would go to the wrong person. Initials, first names, last names and their
    /// beginnings fit ("emv@" for Else Marie Vestergaard, "lefo@" for Lene Fogh); shared mailboxes do not count.
    /// </summary>
    public static bool AddressesInDoubt(IEnumerable<Person> participants, IEnumerable<AbsentPerson> absent) =>
        participants.Select(p => (p.Name, p.Email)).Concat(absent.Select(a => (a.Name, a.Email)))
            .Any(p => p.Email is { } email && !MailboxFitsName(email, p.Name));

    public static bool MailboxFitsName(string email, string name)
    {
        var local = email.Split('@')[0].ToLowerInvariant();
        var letters = new string(local.Where(char.IsLetter).ToArray());
        var parts = PeopleParser.CollapseWhitespace(name).ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new string(p.Where(char.IsLetter).ToArray())).Where(p => p.Length > 0).ToArray();
        if (letters.Length == 0 || parts.Length == 0)
        {
            return true;
        }

        // "Søndergaard" is "sondergaard" or "soendergaard" in a mailbox, "Æbelø" is "aebelo" or "aebeloe".
        return Fits(letters, parts, writtenOut: true) || Fits(letters, parts, writtenOut: false);
    }

    private static bool Fits(string letters, string[] parts, bool writtenOut)
    {
        var mailbox = Fold(letters, writtenOut);
        var words = parts.Select(p => Fold(p, writtenOut)).ToArray();
        return Composes(mailbox, 0, words, 0, new bool?[mailbox.Length + 1, words.Length + 1]);
    }

    /// <summary>
    /// Whether the mailbox from <paramref name="at"/> is made of beginnings of the name's parts from <paramref name="part"/>
    /// on, in order, some skipped. Each (position, part) is worked out once, so a long mailbox costs little.
    /// </summary>
    private static bool Composes(string mailbox, int at, string[] parts, int part, bool?[,] known)
    {
        if (at == mailbox.Length)
        {
            return at > 0;
        }

        if (known[at, part] is { } answer)
        {
            return answer;
        }

        var fits = false;
        for (var p = part; p < parts.Length && !fits; p++)
        {
            var word = parts[p];
            for (var take = Math.Min(word.Length, mailbox.Length - at); take >= 1 && !fits; take--)
            {
                fits = string.CompareOrdinal(mailbox, at, word, 0, take) == 0 && Composes(mailbox, at + take, parts, p + 1, known);
            }
        }

        known[at, part] = fits;
        return fits;
    }

    /// <summary>Danish and Nordic letters as mailboxes spell them, written out ("ø" as "oe") or plain ("ø" as "o").</summary>
    private static string Fold(string text, bool writtenOut)
    {
        var folded = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                'æ' => "ae",
                'ø' => writtenOut ? "oe" : "o",
                'å' => writtenOut ? "aa" : "a",
                'ö' => writtenOut ? "oe" : "o",
                'ä' => writtenOut ? "ae" : "a",
                'ü' => writtenOut ? "ue" : "u",
                'é' or 'è' => "e",
                'ð' => "d",
                'þ' => "th",
                _ => c.ToString(),
            });
        }

        return folded.ToString();
    }
}
