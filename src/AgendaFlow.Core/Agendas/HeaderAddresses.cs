using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>The address step: every "Name &lt;address&gt;", "Name (address)" or "Name – address" in the header, with the name before it.</summary>
public static partial class HeaderReader
{
    private const int MaxAddresses = 3 * PeopleParser.MaxPeoplePerList;

    private static List<Person> ReadAddresses(List<Block> blocks, List<(string Text, bool Heading)> free, List<string> sideCells)
    {
        var emails = new List<Person>();
        var addressesRead = 0;
        foreach (var text in sideCells.Concat(blocks.SelectMany(b => b.Values)).Concat(free.Select(f => f.Text)))
        {
            var previousEnd = 0;
            foreach (Match m in text.Contains('@', StringComparison.Ordinal) ? PeopleParser.EmailPattern().Matches(text) : Enumerable.Empty<Match>())
            {
                // Addresses far beyond any list of people are not worth the time of a second answer.
                if (++addressesRead > MaxAddresses)
                {
                    break;
                }

                // A name is a few words after the previous address: the text just before this one is enough, and keeps long lines of addresses fast.
                var before = text[Math.Max(previousEnd, m.Index - 150)..m.Index];
                previousEnd = m.Index + m.Length;
                var cut = Math.Max(before.LastIndexOf(',') + 1, 0);
                if (before.Length - cut < 3)
                {
                    continue;
                }

                // "Anne Test (anne@…", "Anne Test <anne@…", "Anne Test – anne@…": the name ends before the bracket or dash.
                var candidate = PhoneOrSlash().Replace(before[cut..], " ").Trim().TrimEnd('(', '<', '[', ':', '–', '—', '-', ' ').Trim();
                var name = LastNameIn(candidate);
                if (name is not null)
                {
                    emails.Add(new Person(name, Email: m.Groups[1].Value));
                }
            }
        }

        return emails;
    }

    private static string? LastNameIn(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(4, tokens.Length); take >= 2; take--)
        {
            var name = string.Join(' ', tokens[^take..]);
            if (PeopleParser.IsNameLike(name))
            {
                return name;
            }
        }

        return null;
    }
}
