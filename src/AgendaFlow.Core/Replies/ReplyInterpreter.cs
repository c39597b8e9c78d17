using MimeKit;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Interprets a participant's e-mail reply to an invitation. Pure: the message in, the meaning out.
/// Bounces and automatic replies are recognised first, since they often quote the invitation or say
/// "ferie" without being answers; then a calendar reply's PARTSTAT; then the new text; then the subject.
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
                ReplyIntent.Undeliverable, null, failure.Diagnostic ?? message.Subject, null, null, failure, ReplyKeysReader.Read(message));
        }

        var automatic = AutoReplyDetector.Detect(message);
        if (automatic is not null)
        {
            return new ReplyInterpretation(ReplyIntent.AutoReply, null, automatic, null, null, null, ReplyKeysReader.Read(message));
        }

        var calendar = CalendarReplyReader.Read(message, sender);
        var keys = ReplyKeysReader.Read(message, calendar);
        var newText = ReplyBody.NewTextOf(message);
        if (newText.Length == 0 && calendar?.Comment is { } comment)
        {
            newText = NewTextExtractor.Extract(comment);
        }

        var automaticText = calendar is null ? AutoReplyDetector.DetectInText(newText) : null;
        if (automaticText is not null)
        {
            return new ReplyInterpretation(ReplyIntent.AutoReply, null, automaticText, null, null, null, keys);
        }

        var verdict = FromCalendar(calendar, IntentRules.Decide(newText, sender));
        if (!verdict.IsDecided)
        {
            var fromSubject = SubjectLine.Decide(message.Subject, sender);
            if (fromSubject.IsDecided)
            {
                verdict = fromSubject;
            }
        }

        var reason = verdict.Intent is ReplyIntent.Absent or ReplyIntent.Substitute or ReplyIntent.Partial
            ? AbsenceReasonReader.Read(newText)
            : null;
        var partial = verdict.Partial is { IsEmpty: false } ? verdict.Partial : null;
        return new ReplyInterpretation(verdict.Intent, verdict.Substitute, WithoutReason(verdict.Evidence, reason), partial, reason, null, keys);
    }

    /// <summary>The reason may be health data and lives only in AbsenceReason, so the evidence does not repeat it.</summary>
    private static string? WithoutReason(string? evidence, string? reason) =>
        evidence is null || string.IsNullOrEmpty(reason)
            ? evidence
            : evidence.Replace(reason, OmittedReason, StringComparison.Ordinal);

    public const string OmittedReason = "[årsag udeladt]";

    /// <summary>
    /// Pressing Accept/Decline is an explicit answer and wins over the text, except where the text says
    /// more: partial attendance with Accept, a named stand-in with Decline.
    /// </summary>
    private static TextVerdict FromCalendar(CalendarReply? calendar, TextVerdict text)
    {
        if (calendar is null)
        {
            return text;
        }

        var evidence = $"PARTSTAT={calendar.Status.ToString().ToUpperInvariant()}";
        return calendar.Status switch
        {
            ParticipationStatus.Accepted when text.Intent == ReplyIntent.Partial => text,
            ParticipationStatus.Accepted => new TextVerdict(ReplyIntent.Attending, null, evidence, null),
            ParticipationStatus.Declined when text.Intent == ReplyIntent.Substitute => text,
            ParticipationStatus.Declined => new TextVerdict(ReplyIntent.Absent, null, evidence, null),
            ParticipationStatus.Tentative => new TextVerdict(ReplyIntent.Tentative, null, evidence, null),
            ParticipationStatus.Delegated => new TextVerdict(
                ReplyIntent.Substitute,
                Delegate(calendar, text.Substitute),
                $"{evidence}; DELEGATED-TO={calendar.DelegatedTo}",
                null),
            _ => text,
        };
    }

    private static Substitute? Delegate(CalendarReply calendar, Substitute? fromText)
    {
        var name = fromText?.Name ?? calendar.DelegateName;
        var email = calendar.DelegatedTo ?? fromText?.Email;
        return name is null && email is null ? null : new Substitute(name, email);
    }
}
