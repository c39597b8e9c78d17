namespace AgendaFlow.Core.Agendas;

/// <summary>The title step: the meeting's name from a "Dagsorden for …" line, an e-mail's subject, a title label or the first heading.</summary>
public static partial class HeaderReader
{
    /// <summary>The title and the line it came from (which often holds the date too); the kind when the subject names it.</summary>
    private static (string? Title, string? TitleLineDate) ReadTitle(List<Block> blocks, List<(string Text, bool Heading)> free, ref DocumentKind? kind)
    {
        string? title = null;
        string? titleLineDate = null;
        // An agenda sent as an e-mail names the meeting in its subject: "Emne: Dagsorden til møde i …".
        var subject = blocks.Where(b => b.Label.ToLowerInvariant() is "emne" or "subject").Select(b => b.Inline).FirstOrDefault(v => KindMarker().IsMatch(v));
        kind ??= subject is null ? null : KindOfWord(KindMarker().Match(subject).Groups["word"].Value);
        var titleCandidates = subject is null ? free : [(subject, false), .. free];
        for (var i = 0; i < titleCandidates.Count && title is null; i++)
        {
            var m = KindMarker().Match(OrganisationMarker.Strip(titleCandidates[i].Text));
            if (!m.Success)
            {
                continue;
            }

            var rest = m.Groups["rest"].Value.Trim();
            if (NamesNoMeeting(rest))
            {
                // "Dagsorden til ordinært møde", "Agenda – 11th board meeting", "Dagsorden og beslutninger": the meeting is named elsewhere.
                continue;
            }

            if (rest.Length == 0)
            {
                // "Dagsorden / til / mødet i Udvalg for regional udvikling / den 1. februar 2023": skip the joining words.
                var next = titleCandidates.Skip(i + 1).Select(f => JoiningWords().Replace(f.Text, string.Empty).Trim())
                    .FirstOrDefault(t => t.Length > 0 && !KindMarker().IsMatch(t) && !IsSectionStop(t) && !(DanishDates.FindDate(t) is not null && DanishDates.RemoveDate(t).Length < 3));
                rest = next ?? string.Empty;
            }

            if (rest.Length > 0)
            {
                titleLineDate = rest;
                title = TitleFrom(rest);
            }
        }

        // "Referat: Mette Kvist" names the minute-taker, not the meeting.
        var titleBlock = blocks.FirstOrDefault(b => b.Field == HeaderField.Title && b.Values.Any() && !NamesNoMeeting(b.Values.First()) && !(b.Label.Equals("referat", StringComparison.OrdinalIgnoreCase) && PeopleParser.IsNameLike(b.Inline)));
        if (titleBlock is not null)
        {
            var value = titleBlock.Values.First();
            titleLineDate ??= value;
            title ??= TitleFrom(value);
        }

        title ??= free.Where(f => f.Heading).Select(f => TitleFrom(f.Text)).FirstOrDefault(t => t.Length > 2 && !IsSectionStop(t));
        title ??= free.Select(f => f.Text).Where(t => MeetingWord().IsMatch(t) && t.Length <= 150).Select(TitleFrom).FirstOrDefault(t => t.Length > 2);
        title ??= free.Select(f => TitleFrom(f.Text)).FirstOrDefault(t => t.Length > 2 && !IsSectionStop(t));
        return (title, titleLineDate);
    }
}
