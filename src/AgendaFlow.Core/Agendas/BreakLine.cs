using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Recognises a break in the programme by its shape: a short unnumbered line that is a time of day (or a range) and a
/// few words led by a word for a pause or a meal, in either order ("Pause kl. 14.20–14.30", "FROKOSTPAUSE (kl.
/// 12.30-12.50)", "12.00–12.30 Frokost", "Kort kaffepause, 10.15"). A clock time is required: "Pause" alone, or a
/// sentence that mentions lunch, is left to the item it stands in.
/// </summary>
internal static partial class BreakLine
{
    private const int MaxWords = 6;

    public static AgendaBreak? TryRead(string line, string? afterItem)
    {
        // Most lines of an item are longer or hold no digit; they are ruled out before anything is copied or matched.
        if (line.Length is < 5 or > 120 || !line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var text = OrganisationMarker.Strip(line).Trim().Trim('*', '_', '#', ' ', '\t');
        if (text.Length is < 5 or > 90)
        {
            return null;
        }

        var m = LabelThenTime().Match(text);
        if (!m.Success)
        {
            m = TimeThenLabel().Match(text);
        }

        if (!m.Success || DanishDates.FindTimes(m.Groups["time"].Value) is not { Start: { } start } times)
        {
            return null;
        }

        var label = m.Groups["label"].Value.Trim().Trim('*', '_', ',', ';', ':', '-', '–', '—', '(', ')', ' ', '\t');
        var words = label.Split([' ', '\t', '/', '&', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords || !NamesABreak(words))
        {
            return null;
        }

        return new AgendaBreak(SentenceCase(label), start, times.End, afterItem);
    }

    /// <summary>The first word, or the one after a modifier ("Kort pause", "Let frokost"), is a pause or a meal.</summary>
    private static bool NamesABreak(string[] words)
    {
        var first = words[0].ToLowerInvariant();
        return IsBreakWord(first) || (words.Length > 1 && Modifiers.Contains(first) && IsBreakWord(words[1].ToLowerInvariant()));
    }

    // Danish compounds end in their head word: frokostpause, formiddagspause, strækpause are all pauses.
    private static bool IsBreakWord(string word) =>
        word.EndsWith("pause", StringComparison.Ordinal) || word is "te" or "break" or "lunch" or "coffee"
        || MealStems.Any(s => word.StartsWith(s, StringComparison.Ordinal));

    private static readonly string[] MealStems = ["frokost", "kaffe", "middag", "morgenmad", "aftensmad", "spisning", "forplejning", "sandwich"];

    private static readonly HashSet<string> Modifiers = ["kort", "kortere", "let", "lille", "fælles", "short", "coffee"];

    /// <summary>"FROKOSTPAUSE" as a line in capitals reads "Frokostpause" in a list of items written in ordinary case.</summary>
    private static string SentenceCase(string label) =>
        label.Any(char.IsLower) || label.Length < 2 ? label : char.ToUpperInvariant(label[0]) + label[1..].ToLowerInvariant();

    private const string Time = @"\(?\s*(?:kl\.?|klokken)?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–—]|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?\s*\)?";

    [GeneratedRegex(@"^(?<label>\D{2,70}?)[\s,;:–—-]*(?<time>" + Time + @")[\s.]*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex LabelThenTime();

    [GeneratedRegex(@"^(?<time>" + Time + @")[\s,;:–—-]+(?<label>\D{2,70})$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TimeThenLabel();
}
