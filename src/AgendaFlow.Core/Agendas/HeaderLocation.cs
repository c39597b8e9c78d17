namespace AgendaFlow.Core.Agendas;

/// <summary>The place step: a "Sted:" label, what is left of "Tid og sted:" after the date, or a line that starts with "i …".</summary>
public static partial class HeaderReader
{
    private static string? ReadLocation(List<Block> blocks, List<Block> timeBlocks, List<(string Text, bool Heading)> free)
    {
        var locationBlock = blocks.FirstOrDefault(b => b.Field == HeaderField.Location);
        string? location = null;
        if (locationBlock is not null)
        {
            location = locationBlock.Inline.Length > 0 ? locationBlock.Inline : string.Join(", ", locationBlock.Lines.Take(3));
            // A contact cell flattened onto the same line: "RH Viborg Mette Kvist / 2459 7534 mekv@skive.dk".
            location = ContactTail().Replace(location, string.Empty);
            location = location.Trim().TrimEnd('.', ',').Trim();
            if (location.Length == 0)
            {
                location = null;
            }
        }
        else if (timeBlocks.FirstOrDefault(b => b.Label.Contains("sted", StringComparison.OrdinalIgnoreCase)) is { } dateAndPlace)
        {
            // "Tid og sted: 12. marts 2024 kl. 14-16, Rådhuset": the place is what is left after date and time.
            var rest = TitleFrom(DanishDates.RemoveDate(dateAndPlace.Values.FirstOrDefault() ?? string.Empty)).Trim(',', ' ');
            location = rest.Length > 0 ? rest : dateAndPlace.Lines.FirstOrDefault();
        }

        if (location is null)
        {
            // "i Herning Kommune, Torvet 5, 7400 Herning" on the line after the date.
            location = free.Select(f => PlaceLine().Match(f.Text)).FirstOrDefault(m => m.Success)?.Groups["place"].Value.Trim().TrimEnd('.');
        }

        return location;
    }
}
