namespace AgendaFlow.Core.Agendas;

/// <summary>
/// The step that divides a document: which lines open items (<see cref="ItemSequence"/>), the header above the first
/// item (less a table of contents, read by <see cref="HeaderReader"/>), and each item with the lines under it
/// (<see cref="ItemBodyReader"/>). A case number printed just above an item belongs to that item; a break between
/// items (<see cref="BreakLine"/>) is kept in its place after the item above it, not in that item's text.
/// </summary>
internal static class HeaderAndItems
{
    public static (HeaderInfo Header, int HeaderEnd, List<AgendaItem> Items, List<AgendaBreak> Breaks, bool ItemsInDoubt) Split(List<SourceLine> lines)
    {
        var candidates = ItemSequence.Candidates(lines);
        var peopleEntries = ItemSequence.PeopleEntries(lines, candidates);
        var headings = ItemSequence.Select(lines, candidates, peopleEntries);
        // Region agendas print "Sagnr.: 1-51-71-3321-08" just above the item it belongs to.
        var caseNumbersAbove = new Dictionary<int, string>();
        for (var i = 0; i < headings.Count; i++)
        {
            for (var l = headings[i].LineIndex - 1; !headings[i].FromContents && l >= 0 && l >= headings[i].LineIndex - 4; l--)
            {
                if (lines[l].IsBlank)
                {
                    continue;
                }

                if (ItemBodyReader.CaseNumberOn(lines[l].Text) is { } caseNumber)
                {
                    caseNumbersAbove[i] = caseNumber;
                    lines[l] = SourceLine.Blank;
                    candidates[l] = null;
                }

                break;
            }
        }

        // The header is everything before the first item in the body, less a table of contents.
        var headerEnd = headings.Where(h => !h.FromContents).Select(h => h.LineIndex).DefaultIfEmpty(Math.Min(lines.Count, 60)).First();
        if (caseNumbersAbove.Count > 0)
        {
            // A blanked case-number line no longer ends a list of people above it.
            peopleEntries = ItemSequence.PeopleEntries(lines, candidates);
        }

        var header = HeaderReader.Read(lines.Take(headerEnd).Select((l, i) => peopleEntries.Contains(i) || candidates[i] is null ? l : SourceLine.Blank).ToList());

        var items = new List<AgendaItem>();
        var breaks = new List<AgendaBreak>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i].FromContents)
            {
                items.Add(ItemBodyReader.Read(headings[i], []));
                continue;
            }

            var from = headings[i].LineIndex + 1;
            var to = headings.Skip(i + 1).Where(h => !h.FromContents && h.LineIndex >= from).Select(h => h.LineIndex).DefaultIfEmpty(lines.Count).First();
            var body = lines.GetRange(from, to - from);
            for (var l = 0; l < body.Count; l++)
            {
                if (!body[l].IsBlank && BreakLine.TryRead(body[l].Text, headings[i].Number) is { } pause)
                {
                    breaks.Add(pause);
                    body[l] = SourceLine.Blank;
                }
            }

            var item = ItemBodyReader.Read(headings[i], body);
            items.Add(item.CaseNumber is null && caseNumbersAbove.TryGetValue(i, out var above) ? item with { CaseNumber = above } : item);
        }

        return (header, headerEnd, items, breaks, ItemsInDoubt(headings));
    }

    /// <summary>
    /// The list of items rests on weak cues: headings the reader numbered itself, a single item, or a first item that is
    /// neither 0, 1 nor named as an item ("Punkt 43"), so the start of the list may be missing.
    /// </summary>
    private static bool ItemsInDoubt(IReadOnlyList<ItemHeading> headings) =>
        headings.Count == 1
        || headings.Any(h => h.Inferred)
        || (headings.Count > 0 && headings[0] is { NamedAsItem: false, FromContents: false } first && first.Number is not ("0" or "1") && !first.IsSubItem);
}
