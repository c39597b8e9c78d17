using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>What a header label ("Tid:", "Mødested:", "Afbud:") says the value is.</summary>
public enum HeaderField
{
    Title,
    MeetingTime,
    DocumentDate,
    Location,
    Chairs,
    MinuteTakers,
    Participants,
    Guests,
    Absent,
    AbsentWithoutNotice,
    /// <summary>When the meeting ends ("Sluttidspunkt", "end"), apart from when it starts.</summary>
    MeetingEnd,
    /// <summary>Stand-ins for absent members: "Stedfortræder: X for Y".</summary>
    Substitutes,
    Other,
}

public static partial class HeaderLabels
{
    private static readonly (string Label, HeaderField Field)[] Known =
    [
        ("referat af", HeaderField.Title), ("referat fra", HeaderField.Title), ("referat", HeaderField.Title), ("dagsorden til", HeaderField.Title),
        ("dagsorden for", HeaderField.Title), ("mødenavn", HeaderField.Title), ("møde", HeaderField.Title), ("udvalg", HeaderField.Title), ("mødeforum", HeaderField.Title), ("forum", HeaderField.Title),
        ("tidspunkt", HeaderField.MeetingTime), ("tid", HeaderField.MeetingTime), ("mødetidspunkt", HeaderField.MeetingTime), ("mødetid", HeaderField.MeetingTime),
        ("mødedato", HeaderField.MeetingTime), ("dato og tid", HeaderField.MeetingTime), ("dato og tidspunkt", HeaderField.MeetingTime), ("dato/tid", HeaderField.MeetingTime),
        ("dato og sted", HeaderField.MeetingTime), ("tid og sted", HeaderField.MeetingTime), ("hvornår", HeaderField.MeetingTime), ("date", HeaderField.MeetingTime), ("time", HeaderField.MeetingTime),
        ("afholdt", HeaderField.MeetingTime), ("mødet afholdes", HeaderField.MeetingTime),
        ("dato", HeaderField.DocumentDate), ("udskrevet", HeaderField.DocumentDate), ("udsendt", HeaderField.DocumentDate),
        ("sted", HeaderField.Location), ("mødested", HeaderField.Location), ("mødelokale", HeaderField.Location), ("lokale", HeaderField.Location), ("lokation", HeaderField.Location),
        ("adresse", HeaderField.Location), ("hvor", HeaderField.Location), ("location", HeaderField.Location), ("place", HeaderField.Location),
        ("mødeleder", HeaderField.Chairs), ("mødeledere", HeaderField.Chairs), ("formand", HeaderField.Chairs), ("formænd", HeaderField.Chairs), ("forperson", HeaderField.Chairs),
        ("ordstyrer", HeaderField.Chairs), ("formandskab", HeaderField.Chairs), ("mødeleder/formand", HeaderField.Chairs), ("chair", HeaderField.Chairs),
        ("referent", HeaderField.MinuteTakers), ("referat ved", HeaderField.MinuteTakers), ("referatansvarlig", HeaderField.MinuteTakers), ("referent(er)", HeaderField.MinuteTakers), ("referenter", HeaderField.MinuteTakers), ("referatskriver", HeaderField.MinuteTakers), ("minutes", HeaderField.MinuteTakers),
        ("deltagere", HeaderField.Participants), ("mødedeltagere", HeaderField.Participants), ("til stede", HeaderField.Participants), ("tilstede", HeaderField.Participants),
        ("medlemmer", HeaderField.Participants), ("deltagende", HeaderField.Participants), ("inviterede", HeaderField.Participants), ("deltager", HeaderField.Participants),
        ("fremmødte", HeaderField.Participants), ("participants", HeaderField.Participants), ("attendees", HeaderField.Participants), ("deltog", HeaderField.Participants),
        ("gæster", HeaderField.Guests), ("gæst", HeaderField.Guests), ("desuden deltog", HeaderField.Guests), ("desuden deltager", HeaderField.Guests), ("øvrige deltagere", HeaderField.Guests),
        ("inviterede gæster", HeaderField.Guests), ("oplægsholdere", HeaderField.Guests), ("guests", HeaderField.Guests),
        ("afbud", HeaderField.Absent), ("afbud fra", HeaderField.Absent), ("fraværende", HeaderField.Absent), ("fravær", HeaderField.Absent), ("ikke til stede", HeaderField.Absent),
        ("afbud/fraværende", HeaderField.Absent), ("fraværende med afbud", HeaderField.Absent), ("meldt afbud", HeaderField.Absent), ("forfald", HeaderField.Absent),
        ("forhindret", HeaderField.Absent), ("afbud fra medlemmer", HeaderField.Absent), ("fraværende uden afbud", HeaderField.AbsentWithoutNotice), ("udeblevet", HeaderField.AbsentWithoutNotice),
        ("mødt", HeaderField.Participants), ("til stede ved mødet", HeaderField.Participants), ("deltagere i mødet", HeaderField.Participants), ("medlemmer til stede", HeaderField.Participants), ("fremmødt", HeaderField.Participants), ("til stede var", HeaderField.Participants), ("sekretariat", HeaderField.Participants),
        ("sekretariatet", HeaderField.Participants), ("fra sekretariatet", HeaderField.Participants), ("fra sekretariatet deltog", HeaderField.Participants), ("mødedeltager", HeaderField.Participants), ("absent", HeaderField.Absent), ("apologies", HeaderField.Absent),
        ("forplejning", HeaderField.Other), ("sagsbeh", HeaderField.Other), ("sagsbehandler", HeaderField.Other), ("sagsnr", HeaderField.Other), ("sags nr", HeaderField.Other),
        ("dok. nr", HeaderField.Other), ("dok.nr", HeaderField.Other), ("enhed", HeaderField.Other), ("j.nr", HeaderField.Other), ("journalnr", HeaderField.Other),
        ("kopi til", HeaderField.Other), ("kopi", HeaderField.Other), ("bemærkninger", HeaderField.Other), ("tlf", HeaderField.Other), ("e-mail", HeaderField.Other),
        ("mail", HeaderField.Other), ("kontakt", HeaderField.Other), ("kontaktperson", HeaderField.Other), ("bilag", HeaderField.Other), ("emne", HeaderField.Other),
        ("til", HeaderField.Other), ("fra", HeaderField.Other), ("cc", HeaderField.Other), ("vedr", HeaderField.Other), ("ref", HeaderField.Other),
        ("starttidspunkt", HeaderField.MeetingTime), ("starttid", HeaderField.MeetingTime), ("mødestart", HeaderField.MeetingTime), ("start", HeaderField.MeetingTime),
        ("date and time", HeaderField.MeetingTime), ("when", HeaderField.MeetingTime),
        ("sluttidspunkt", HeaderField.MeetingEnd), ("sluttid", HeaderField.MeetingEnd), ("mødeslut", HeaderField.MeetingEnd), ("slut", HeaderField.MeetingEnd), ("end", HeaderField.MeetingEnd), ("ends", HeaderField.MeetingEnd),
        ("offentliggjort", HeaderField.DocumentDate), ("publiceret", HeaderField.DocumentDate), ("sendt", HeaderField.DocumentDate), ("sent", HeaderField.DocumentDate), ("issued", HeaderField.DocumentDate),
        ("updated", HeaderField.DocumentDate), ("opdateret", HeaderField.DocumentDate), ("godkendt", HeaderField.DocumentDate), ("approved", HeaderField.DocumentDate),
        ("venue", HeaderField.Location), ("where", HeaderField.Location),
        ("minutetaker", HeaderField.MinuteTakers), ("minute taker", HeaderField.MinuteTakers), ("minute-taker", HeaderField.MinuteTakers),
        ("members", HeaderField.Participants), ("board members", HeaderField.Participants), ("present", HeaderField.Participants),
        ("stedfortræder", HeaderField.Substitutes), ("stedfortrædere", HeaderField.Substitutes), ("suppleanter", HeaderField.Substitutes), ("alternates", HeaderField.Substitutes), ("substitutes", HeaderField.Substitutes),
        ("bemærk", HeaderField.Other), ("note", HeaderField.Other), ("nb", HeaderField.Other), ("obs", HeaderField.Other), ("online", HeaderField.Other), ("varighed", HeaderField.Other),
        ("målgruppe", HeaderField.Other), ("type", HeaderField.Other), ("tags", HeaderField.Other), ("subject", HeaderField.Other), ("from", HeaderField.Other), ("to", HeaderField.Other),
    ];

    private static readonly (string Label, HeaderField Field)[] ListLabelsLongestFirst = Known
        .Where(k => k.Field is HeaderField.Participants or HeaderField.Absent or HeaderField.Guests or HeaderField.AbsentWithoutNotice && k.Label.Length >= 5)
        .OrderByDescending(k => k.Label.Length)
        .ToArray();

    private static readonly Dictionary<string, HeaderField> ByLabel = Known.ToDictionary(k => k.Label, k => k.Field, StringComparer.OrdinalIgnoreCase);

    // Every line of a document is asked whether it is a label; looking the trimmed text up as a span copies nothing.
    private static readonly Dictionary<string, HeaderField>.AlternateLookup<ReadOnlySpan<char>> ByLabelSpan = ByLabel.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The field a bare label names, e.g. "Mødested" or "Afbud:".</summary>
    public static HeaderField? Find(string label) => Find(OrganisationMarker.Strip(label).AsSpan());

    private static HeaderField? Find(ReadOnlySpan<char> label)
    {
        var key = label.Trim().TrimEnd(":. ").Trim();
        return ByLabelSpan.TryGetValue(key, out var field) ? field : null;
    }

    /// <summary>
    /// Splits "Label: value" (or a bare "Label" line). Labels without a colon count only when the
    /// line is the label alone, because "Tid" or "Sted" also begin sentences.
    /// </summary>
    public static (HeaderField Field, string Label, string Value)? Match(string line) => Match(line, allowRunOn: true);

    /// <summary>
    /// <see cref="Match(string)"/> without labels that run straight into names, for a line inside an open list:
    /// "- Deltager Nummer 4 &lt;…&gt;" under "Deltagere:" is a participant, not a new label.
    /// </summary>
    public static (HeaderField Field, string Label, string Value)? MatchInList(string line) => Match(line, allowRunOn: false);

    /// <summary>The line starts with a list bullet ("- ", "* ", "• ").</summary>
    public static bool IsBulleted(string line) => LeadingBullet().IsMatch(line);

    /// <summary>
    /// The field of a label line and whether a value follows the label, without copying either: "Deltagere:" alone on
    /// its line opens a list, "Afbud: Anne Jensen" names the absent.
    /// </summary>
    public static HeaderField? FieldOf(string line, out bool hasValue)
    {
        var field = Read(line, allowRunOn: true, out _, out var value);
        hasValue = !value.IsEmpty;
        return field;
    }

    private static (HeaderField Field, string Label, string Value)? Match(string line, bool allowRunOn) =>
        Read(line, allowRunOn, out var label, out var value) is { } field ? (field, label.ToString(), value.ToString()) : null;

    /// <remarks>
    /// Every line of a document is asked this, and few are labels, so the line is read as spans and nothing is copied:
    /// the caller copies the label and value of the lines that have them.
    /// </remarks>
    private static HeaderField? Read(string line, bool allowRunOn, out ReadOnlySpan<char> foundLabel, out ReadOnlySpan<char> value)
    {
        var unbulleted = line.AsSpan(BulletLength(line));
        var trimmed = unbulleted.Trim();
        // The value keeps its organisation markers: they group the participants after them. (The label cannot hold one.)
        if (trimmed.Contains(':') && LabelWithColon().IsMatch(trimmed) && Find(LabelBeforeColon(trimmed)) is { } f)
        {
            foundLabel = LabelBeforeColon(trimmed);
            value = ValueAfterColon(trimmed);
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                // Front matter quotes its values: location: "Rådhuset, mødelokale 4".
                value = value[1..^1].Trim();
            }

            return f;
        }

        if (trimmed.Contains(':') && ForItemLabel().Match(trimmed.ToString()) is { Success: true } forItem)
        {
            // "Deltager under punkt 4: Ældrechef Birthe Kronborg": someone who comes for one item is a guest, not a member.
            foundLabel = trimmed[..forItem.Groups["label"].Length];
            value = trimmed[forItem.Length..].Trim();
            return HeaderField.Guests;
        }

        var text = unbulleted.ContainsAny(OrganisationMarker.Open, OrganisationMarker.Close)
            ? OrganisationMarker.Strip(unbulleted.ToString()).AsSpan().Trim()
            : trimmed;

        // "Afbud fra Mogens Petterson, Arne Jensen og Karen Moldrup", "Til stede var ...": list labels also run straight into names.
        foreach (var (label, field) in allowRunOn ? ListLabelsLongestFirst : [])
        {
            if (text.Length > label.Length + 2 && text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text[label.Length] == ' ' && char.IsUpper(text[label.Length + 1]))
            {
                foundLabel = text[..label.Length];
                value = trimmed.Length > label.Length ? trimmed[(label.Length + 1)..].Trim() : default;
                return field;
            }
        }

        if (text.Length <= 30 && Find(text) is { } bare && bare is not (HeaderField.Title or HeaderField.Other)
            && (!text.Contains(' ') || bare is HeaderField.Participants or HeaderField.Absent or HeaderField.Guests or HeaderField.AbsentWithoutNotice))
        {
            foundLabel = text.TrimEnd(':').Trim();
            value = default;
            return bare;
        }

        foundLabel = value = default;
        return null;
    }

    /// <summary>The characters <see cref="LeadingBullet"/> takes as a bullet.</summary>
    private const string BulletCharacters = "•·▪*+–-";

    /// <summary>The length of the list bullet ("- ", "• ") the line starts with, 0 without one.</summary>
    private static int BulletLength(string line)
    {
        // Most lines start with a letter; only a bullet character after white space is worth the pattern.
        var start = line.AsSpan().TrimStart();
        if (start.IsEmpty || !BulletCharacters.Contains(start[0]))
        {
            return 0;
        }

        foreach (var bullet in LeadingBullet().EnumerateMatches(line))
        {
            return bullet.Length;
        }

        return 0;
    }

    /// <summary>
    /// The label <see cref="LabelWithColon"/> finds in a line it matches: the label cannot hold a colon, so it is the
    /// text before the first one, less the white space its lazy repetition leaves to the "\s*" before the colon.
    /// </summary>
    private static ReadOnlySpan<char> LabelBeforeColon(ReadOnlySpan<char> line) => line[..line.IndexOf(':')].TrimEnd();

    /// <summary>
    /// The value <see cref="LabelWithColon"/> finds, trimmed: all after the first colon ("." stops at a line break, so a
    /// line it matches has none there but in leading white space, which the trim removes too).
    /// </summary>
    private static ReadOnlySpan<char> ValueAfterColon(ReadOnlySpan<char> line) => line[(line.IndexOf(':') + 1)..].Trim();

    [GeneratedRegex(@"^(?<label>(?:deltager|deltagere|deltog|gæst|gæster|inviteret|inviterede|invited|present|attending)\s+(?:under|til|for|ved|i)\s+(?:behandling(?:en)?\s+af\s+)?(?:punkt(?:et|erne)?|pkt\.?|item|items)\b[^:]{0,20})\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ForItemLabel();

    [GeneratedRegex(@"^\s*[•·▪*+–-]\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LeadingBullet();

    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L} ./]{0,28}?)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LabelWithColon();
}
