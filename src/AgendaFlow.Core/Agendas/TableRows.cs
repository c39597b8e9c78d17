namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Header tables are written as rows of "label | value"; participant tables as rows of
/// name, title, organisation, e-mail. Both become lines the text parser already reads.
/// </summary>
public static partial class TableRows
{
    /// <summary>
    /// A whole table. An agenda table whose first row names its columns ("Nr. | Punkt | Drøftelse og beslutning |
    /// Ansvarlig") is read by those names: the item's title from its column, the other text below the item as its body.
    /// </summary>
    /// <param name="rows">Each row's cells, empty ones included, so that columns keep their place.</param>
    public static IEnumerable<string> ToLines(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = rows.Count > 1 ? ItemColumns.From(rows[0]) : null;
        for (var r = columns is null ? 0 : 1; r < rows.Count; r++)
        {
            var lines = columns?.Lines(rows[r]) ?? ToLines(rows[r]);
            foreach (var line in lines)
            {
                yield return line;
            }
        }
    }

    public static IEnumerable<string> ToLines(IReadOnlyList<string> row)
    {
        var cells = row.Any(c => c.Length == 0) ? row.Where(c => c.Length > 0).ToList() : row;
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

        if (cells.All(c => IsItemColumn(c)) && cells.Any(c => c.Trim().ToLowerInvariant() is "punkt" or "item" or "emne" or "dagsordenspunkt" or "sag"))
        {
            // The header row of an agenda table ("# | Item | Time | Lead") names its columns, not the meeting.
            yield break;
        }

        if (cells.All(c => c.Trim().ToLowerInvariant() is "navn" or "titel" or "stilling" or "organisation" or "e-mail" or "email" or "mail" or "rolle" or "funktion" or "repræsenterer" or "afdeling" or "tlf." or "telefon" or "deltager" or "deltagere"
            or "name" or "title" or "position" or "organization" or "country" or "land" or "role"))
        {
            // The header row of a participant table: its rows are participants.
            yield return "Deltagere:";
            yield break;
        }

        yield return string.Join(", ", cells.Select(c => c.Replace('\n', ' ').Trim()).Where(c => c.Length > 0));
    }

    private static bool IsItemNumber(string cell) => ItemNumberCell().IsMatch(cell.Trim());

    /// <summary>Where the number, title, time and presenter of each item stand in an agenda table, and which columns are its text.</summary>
    private sealed class ItemColumns
    {
        private int number = -1;
        private int title = -1;
        private int time = -1;
        private int presenter = -1;
        private readonly List<int> text = [];

        public static ItemColumns? From(IReadOnlyList<string> header)
        {
            if (!header.All(c => c.Length == 0 || IsItemColumn(c)) || header.Count(c => c.Length > 0) < 2)
            {
                return null;
            }

            var columns = new ItemColumns();
            for (var i = 0; i < header.Count; i++)
            {
                switch (header[i].Trim().TrimEnd('.', ':').ToLowerInvariant())
                {
                    case "#" or "nr" or "nummer" or "no" or "pkt":
                        columns.number = i;
                        break;
                    case "punkt" or "item" or "emne" or "dagsordenspunkt" or "sag":
                        columns.title = i;
                        break;
                    case "tid" or "tidspunkt" or "time" or "kl":
                        columns.time = i;
                        break;
                    case "lead" or "ansvarlig" or "v/" or "oplæg" or "oplægsholder" or "presenter" or "responsible":
                        columns.presenter = i;
                        break;
                    default:
                        columns.text.Add(i);
                        break;
                }
            }

            return columns.number >= 0 && columns.title >= 0 ? columns : null;
        }

        public IEnumerable<string> Lines(IReadOnlyList<string> row)
        {
            if (number >= row.Count || title >= row.Count || !IsItemNumber(row[number]))
            {
                return ToLines(row);
            }

            string Cell(int i) => i >= 0 && i < row.Count ? row[i] : string.Empty;
            var heading = ToLines([Cell(number), Cell(title), Cell(time), Cell(presenter)]);
            var body = text.Where(i => i < row.Count).SelectMany(i => row[i].Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0);
            // Each row is an item of its own: the blank line ends the list in the row before ("3. Utilstrækkelig oplæring").
            return heading.Prepend(string.Empty).Concat(body);
        }
    }

    /// <summary>A column heading of an agenda table.</summary>
    public static bool IsItemColumn(string cell) => cell.Trim().TrimEnd('.', ':').ToLowerInvariant() is "#" or "nr" or "nummer" or "no" or "punkt" or "pkt" or "item" or "emne" or "dagsordenspunkt" or "sag"
        or "tid" or "tidspunkt" or "time" or "kl" or "lead" or "ansvarlig" or "v/" or "oplæg" or "oplægsholder" or "presenter" or "responsible" or "drøftelse og beslutning" or "beslutning" or "referat" or "indhold" or "bemærkninger" or "notes";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:punkt\s*|pkt\.?\s*)?(\d{1,2}(?:\.\d{1,2})?)\.?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ItemNumberCell();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex TimeCell();
}
