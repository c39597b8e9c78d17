namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Header tables are written as rows of "label | value"; participant tables as rows of
/// name, title, organisation, e-mail. Both become lines the text parser already reads.
/// </summary>
public static partial class TableRows
{
    public static IEnumerable<string> ToLines(IReadOnlyList<string> cells)
    {
        if (cells.Count == 0)
        {
            yield break;
        }

        if (cells.Count == 1)
        {
            foreach (var l in cells[0].Split('\n'))
            {
                yield return l.Trim();
            }

            yield break;
        }

        var number = ItemNumberCell().Match(cells[0].Trim());
        if (number.Success && cells.Count >= 2)
        {
            // An agenda as a table: "1 | Godkendelse af dagsorden | 13.00-13.05 | Marianne Holst".
            var title = new List<string>();
            var extras = new List<string>();
            foreach (var cell in cells.Skip(1).Select(c => c.Replace('\n', ' ').Trim()))
            {
                if (TimeCell().IsMatch(cell))
                {
                    extras.Insert(0, $"(kl. {cell.Replace("kl.", string.Empty, StringComparison.OrdinalIgnoreCase).Trim()})");
                }
                else if (title.Count > 0 && PeopleParser.IsNameLike(cell.Replace(" og ", " ", StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)))
                {
                    extras.Add("v/" + cell);
                }
                else
                {
                    title.Add(cell);
                }
            }

            yield return $"{number.Groups[1].Value}. {string.Join(" ", title)} {string.Join(" ", extras)}".Trim();
            yield break;
        }

        var label = cells[0].Trim();
        if (HeaderLabels.Find(label) is not null && !label.Contains('\n', StringComparison.Ordinal))
        {
            var valueLines = cells[1].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var first = valueLines.Count > 0 ? valueLines[0] : string.Empty;
            yield return label.TrimEnd(':', ' ') + ": " + first;
            foreach (var l in valueLines.Skip(1))
            {
                yield return l;
            }

            foreach (var extra in cells.Skip(2))
            {
                foreach (var l in extra.Split('\n'))
                {
                    yield return l.Trim();
                }
            }

            yield break;
        }

        if (cells.All(c => c.Trim().ToLowerInvariant() is "navn" or "titel" or "stilling" or "organisation" or "e-mail" or "email" or "mail" or "rolle" or "funktion" or "repræsenterer" or "afdeling" or "tlf." or "telefon" or "deltager" or "deltagere"))
        {
            // The header row of a participant table: its rows are participants.
            yield return "Deltagere:";
            yield break;
        }

        yield return string.Join(", ", cells.Select(c => c.Replace('\n', ' ').Trim()).Where(c => c.Length > 0));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:punkt\s*|pkt\.?\s*)?(\d{1,2}(?:\.\d{1,2})?)\.?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, 500)]
    private static partial System.Text.RegularExpressions.Regex ItemNumberCell();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, 500)]
    private static partial System.Text.RegularExpressions.Regex TimeCell();
}
