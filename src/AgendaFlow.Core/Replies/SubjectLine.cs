using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// What a subject says on its own: the answer in "Afbud" or "Deltager", or the response prefix a
/// calendar client writes ("Accepteret:", "Afvist:", "Foreløbigt:") when no calendar part came along.
/// A subject that starts with "SV:"/"Re:" is the invitation's subject and says nothing.
/// </summary>
public static partial class SubjectLine
{
    public static TextVerdict Decide(string? subject, string? senderAddress = null)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return TextVerdict.Unclear(null);
        }

        var trimmed = subject.Trim();
        var evidence = $"Emne: {trimmed}";
        var response = CalendarResponse().Match(trimmed);
        if (response.Success)
        {
            var intent = response.Groups["accepted"].Success ? ReplyIntent.Attending
                : response.Groups["declined"].Success ? ReplyIntent.Absent
                : ReplyIntent.Tentative;
            return new TextVerdict(intent, null, evidence, null);
        }

        if (IsReply(trimmed))
        {
            // "SV: Afbud" was written by the participant; "SV: Indkaldelse: ..." is the invitation's own subject.
            var own = AnswerFirst().Match(ReplyPrefixes().Replace(trimmed, string.Empty));
            if (!own.Success)
            {
                return TextVerdict.Unclear(null);
            }

            var answer = IntentRules.Decide(own.Value, senderAddress);
            return answer.IsDecided ? answer with { Evidence = evidence } : TextVerdict.Unclear(null);
        }

        var verdict = IntentRules.Decide(trimmed, senderAddress);
        return verdict.IsDecided ? verdict with { Evidence = evidence } : TextVerdict.Unclear(null);
    }

    public static bool IsReply(string subject) => ReplyPrefix().IsMatch(subject);

    [GeneratedRegex(@"^\s*(re|sv|aw|vs|fw|fwd|vb|antw|ang)\s*(\[\d+\])?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"^(\s*(re|sv|aw|vs|fw|fwd|vb|antw|ang)\s*(\[\d+\])?\s*:)+\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefixes();

    // The participant's own words before the invitation's subject: "Afbud", "Deltager", "Afbud - Indkaldelse: ...".
    [GeneratedRegex(@"^(afbud|deltager|jeg\s+deltager|jeg\s+kommer|kan\s+ikke\s+deltage|kan\s+ikke\s+komme|deltager\s+ikke|declined?|attending|not\s+attending)\b[^:\-–]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerFirst();

    [GeneratedRegex(
        @"^\s*((?<accepted>accepteret|accepted|accepterer|godkendt|angenommen|accepterat)|(?<declined>afvist|afslået|declined|abgelehnt|avböjt|afbud)|(?<tentative>foreløbigt|foreløbig|foreløbigt\s+accepteret|tentative|tentatively\s+accepted|mit\s+vorbehalt\s+angenommen|preliminärt))\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarResponse();
}
