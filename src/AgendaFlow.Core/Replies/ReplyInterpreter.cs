using MimeKit;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Interprets a participant's e-mail reply to an invitation. Pure: the message in, the meaning out.
/// Bounces and automatic replies are recognised first, since they often quote the invitation or say
/// "ferie" without being answers; then the new text, weighed against a calendar reply's PARTSTAT and the
/// subject (<see cref="AnswerSources"/>).
/// </summary>
public static class ReplyInterpreter
{
    public static ReplyInterpretation Interpret(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = ReplyKeysReader.SenderOf(message);

        var failure = DeliveryFailureDetector.Detect(message);
        if (failure is not null)
        {
            return new ReplyInterpretation(
                ReplyIntent.Undeliverable, null, failure.Diagnostic ?? message.Subject, null, null, failure, ReplyKeysReader.Read(message))
            {
                Source = EvidenceSource.Headers,
                Rule = "delivery status notification",
            };
        }

        var automatic = AutoReplyDetector.Detect(message);
        if (automatic is not null)
        {
            return new ReplyInterpretation(ReplyIntent.AutoReply, null, automatic, null, null, null, ReplyKeysReader.Read(message))
            {
                Source = EvidenceSource.Headers,
                Rule = "automatic reply header",
            };
        }

        var calendar = CalendarReplyReader.Read(message, sender);
        var keys = ReplyKeysReader.Read(message, calendar);
        var body = ReplyBody.TextOf(message);
        var newText = NewTextExtractor.Extract(body);
        if (newText.Length == 0 && calendar?.Comment is { } comment)
        {
            newText = NewTextExtractor.Extract(comment);
        }

        var automaticText = calendar is null ? AutoReplyDetector.DetectInText(newText) : null;
        if (automaticText is not null)
        {
            return new ReplyInterpretation(ReplyIntent.AutoReply, null, automaticText, null, null, null, keys) { Rule = "automatic reply text" };
        }

        var start = calendar?.Start ?? MeetingTimes.StartInQuote(body, newText);
        var text = IntentRules.Decide(newText, AnswerSources.PartiesOf(message), start);
        var (verdict, source) = AnswerSources.Weigh(text, calendar, message.Subject, sender);

        var reason = verdict.Intent is ReplyIntent.Absent or ReplyIntent.Substitute or ReplyIntent.Partial or ReplyIntent.Unclear
            ? AbsenceReasonReader.Read(newText)
            : null;
        var partial = verdict.Partial is { IsEmpty: false } ? verdict.Partial : null;
        return new ReplyInterpretation(verdict.Intent, verdict.Substitute, WithoutReason(verdict.Evidence, reason), partial, reason, null, keys)
        {
            Cue = WithoutReason(verdict.Cue, reason),
            Rule = verdict.Rule,
            Source = source,
        };
    }

    /// <summary>The reason may be health data and lives only in AbsenceReason, so the evidence does not repeat it.</summary>
    private static string? WithoutReason(string? evidence, string? reason) =>
        evidence is null || string.IsNullOrEmpty(reason)
            ? evidence
            : evidence.Replace(reason, OmittedReason, StringComparison.OrdinalIgnoreCase);

    public const string OmittedReason = "[årsag udeladt]";
}
