using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// A line that may open an item: "1. Title (kl. 9.00-9.10) v/Presenter", "6.1 Title", "Punkt 3: Title".
/// Whether it really is an item is decided by <see cref="ItemSequence"/>.
/// </summary>
public sealed partial record ItemHeading(int LineIndex, string Number, string Title, TimeOnly? Start, TimeOnly? End, IReadOnlyList<string> Presenters, string? CaseNumber, bool IsHeadingLike, bool HasPageNumber)
{
    /// <summary>Known only from the table of contents; the body has no heading for it.</summary>
    public bool FromContents { get; init; }

    /// <summary>Numbered by the reader, not the author: a heading in a document whose items carry no numbers at all.</summary>
    public bool Inferred { get; init; }

    /// <summary>"Punkt 43": named as an item, so its number may be any (minutes count items through the year).</summary>
    public bool NamedAsItem { get; init; }

    public int TopLevel => int.Parse(Number.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

    public bool IsSubItem => Number.Contains('.', StringComparison.Ordinal);

    public static ItemHeading? TryRead(int index, SourceLine line)
    {
        // Most lines are ruled out by their first character, before the line is copied without its markers.
        if (FirstVisible(line.Text) is var first && first != default && CannotBeNumbered(first))
        {
            return null;
        }

        var text = OrganisationMarker.Strip(line.Text).Trim();
        if (text.Length is < 3 or > 400)
        {
            return null;
        }

        if (CannotBeNumbered(text[0]))
        {
            return null;
        }

        var m = Numbered().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var number = m.Groups["num"].Value;
        var hasDelimiter = m.Groups["delim"].Success;
        if (!number.Contains('.', StringComparison.Ordinal) && !hasDelimiter && !m.Groups["word"].Success)
        {
            // "3 gode råd" is prose; a top-level number needs "3." or "3)".
            return null;
        }

        var rest = m.Groups["rest"].Value.Trim();
        if (m.Groups["word"].Success || number.Contains('.', StringComparison.Ordinal))
        {
            // "Punkt 1 - Godkendelse af dagsorden"
            rest = rest.TrimStart('-', '–', ':', ' ');
        }

        // Items start with a capital ("1. Godkendelse"); "3. kvartal" and "30. august 2019" are prose and dates.
        var firstLetter = FirstLetter(rest);
        if (rest.Length == 0 || !char.IsUpper(firstLetter))
        {
            return null;
        }

        var hasPage = PageNumber().IsMatch(rest);
        rest = PageNumber().Replace(rest, string.Empty).Trim();
        rest = DotLeader().Replace(rest, string.Empty).Trim();

        string? caseNumber = null;
        var caseMatch = CaseNumberPattern().Match(rest);
        if (caseMatch.Success)
        {
            caseNumber = caseMatch.Groups["value"].Value.Trim();
            rest = rest.Remove(caseMatch.Index, caseMatch.Length).Trim();
        }

        var presenters = new List<string>();
        var by = Presenter().Match(rest);
        if (by.Success && by.Value.TrimStart(' ', '(', ',', '*', '_').StartsWith("ved", StringComparison.OrdinalIgnoreCase)
            && !SplitPresenters(by.Groups["who"].Value).All(PeopleParser.IsNameLike))
        {
            // "Trafiksikkerhed ved Byparken og Plejecenter Ådalen": "ved" before places is part of the title.
            by = System.Text.RegularExpressions.Match.Empty;
        }

        if (by.Success)
        {
            var who = by.Groups["who"].Value;
            rest = rest.AsSpan(0, by.Index).Trim().TrimEnd("*_").Trim().ToString();
            var timeInWho = TimeInParentheses().Match(who);
            var whoWithoutTime = timeInWho.Success ? who.Remove(timeInWho.Index, timeInWho.Length) : who;
            if (timeInWho.Success)
            {
                rest += " " + timeInWho.Value;
            }

            presenters.AddRange(SplitPresenters(whoWithoutTime));
        }

        TimeOnly? start = null, end = null;
        var time = TimeInParentheses().Match(rest);
        if (time.Success && DanishDates.FindTimes(time.Value) is { Start: not null } found)
        {
            (start, end) = found;
            rest = rest.Remove(time.Index, time.Length).Trim();
        }
        else
        {
            var kl = TrailingTime().Match(rest);
            if (kl.Success)
            {
                (start, end) = DanishDates.FindTimes(kl.Value);
                rest = rest[..kl.Index].Trim();
            }
        }

        // "Velkomst og siden sidst (10 min)": the time set aside is not part of the title.
        rest = Duration().Replace(rest, string.Empty);
        var titleSpan = rest.AsSpan().Trim().Trim("*_").TrimEnd(",-–:;").Trim();
        if (titleSpan.Length == 0)
        {
            return null;
        }

        // Mostly the title is all that is left, and is kept rather than copied.
        var title = titleSpan.Length == rest.Length ? rest : titleSpan.ToString();

        return new ItemHeading(index, number, title, start, end, presenters, caseNumber, line.IsHeadingLike, hasPage) { NamedAsItem = m.Groups["word"].Success };
    }

    /// <summary>
    /// <see cref="Numbered"/> starts with a digit or one of its words (punkt, pkt, item, ad, sag); an ASCII first
    /// character that is neither rules a line out before the pattern runs. (Other characters are left to the pattern,
    /// whose case-insensitive letters also match a few non-ASCII ones.)
    /// </summary>
    private static bool CannotBeNumbered(char first) => char.IsAscii(first) && !char.IsAsciiDigit(first) && !NumberedWordStarts.Contains(first);

    private const string NumberedWordStarts = "pPiIaAsS";

    /// <summary>The first character that is neither white space nor an organisation marker; '\0' when there is none.</summary>
    private static char FirstVisible(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not OrganisationMarker.Open and not OrganisationMarker.Close)
            {
                return c;
            }
        }

        return default;
    }

    /// <summary>The first character of the title that is not space, a quote or an asterisk; '\0' when there is none.</summary>
    private static char FirstLetter(string rest)
    {
        foreach (var c in rest)
        {
            if (!char.IsWhiteSpace(c) && c is not '"' and not '\'' and not '“' and not '«' and not '*')
            {
                return c;
            }
        }

        return default;
    }

    private static readonly string[] PresenterSeparators = [",", " og ", " & ", " samt ", " and ", "/"];

    public static IReadOnlyList<string> SplitPresenters(string who)
    {
        who = who.AsSpan().Trim().Trim("()*_ .").ToString();
        var presenters = new List<string>();
        foreach (var part in who.Split(PresenterSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.AsSpan().Trim().Trim("().* ") is not { Length: > 0 } trimmed)
            {
                continue;
            }

            var presenter = trimmed.Length == part.Length ? part : trimmed.ToString();
            // "ældrechef Birthe Kronborg", "formand Anja Buus Lindgaard": the title before the name is not the presenter's name.
            var named = LeadingLowerWords().Replace(presenter, string.Empty);
            if (named.Length > 0 && PeopleParser.IsNameLike(named))
            {
                presenter = named;
            }
            else if (presenters.Count > 0 && !PeopleParser.IsNameLike(presenter))
            {
                // "professor Tine Aagesen, Syddansk Universitet": the organisation after a presenter's name.
                continue;
            }

            presenters.Add(presenter);
        }

        return presenters;
    }

    [GeneratedRegex(@"\s*\(\s*(?:ca\.\s*)?\d{1,3}\s*(?:min\.?|minutter|minutes|mins?|timer?|hours?)\s*\)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^(?:\p{Ll}[\p{L}-]*\s+)+(?=\p{Lu})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LeadingLowerWords();

    [GeneratedRegex(@"^(?:(?<word>punkt|pkt\.?|item|ad\.?(?:\s*(?:punkt|pkt\.?))?|sag)\s*)?(?<num>\d{1,2}(?:\.\d{1,2}){0,2})(?<delim>\.(?!\d)|\)|:)?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?:\s*(?:\.{2,}|…+|\t|\s{3,})\s*\d{1,3}|\t+\s*\d{1,3})\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s*(?:\.{3,}|…+)\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"(?:^|[\s(,*_])(?:v/|v\.\s|ved\s(?=[A-ZÆØÅ]\p{Ll}+\s[A-ZÆØÅ]))\s*(?<who>.*?)\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Presenter();

    [GeneratedRegex(@"\(\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?:[-–—]|til)?[^()]*\)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TimeInParentheses();

    [GeneratedRegex(@"[\s,–-]*\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–—]|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?(?:\s*min\.?)?\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TrailingTime();

    [GeneratedRegex(@"[\s(,]*(?:sag(?:s)?\s?nr|j\.?\s?nr|journalnr)\.?\s*:?\s*(?<value>[\w][\w\-/.]*(?:\s?[-/]\s?\d[\w.]*)*)\)?", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CaseNumberPattern();
}
