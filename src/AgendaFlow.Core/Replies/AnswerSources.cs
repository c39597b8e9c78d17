using MimeKit;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Weighs the three places a reply can answer in: the new text, the calendar part's PARTSTAT and the subject. Pressing
/// Accept/Decline is an explicit answer and wins over silence, but not over text that says more (partial attendance
/// with Accept, a named stand-in with Decline). Two sources that contradict each other ("Afbud" in the subject,
/// "Jeg deltager gerne" in the text) give unclear.
/// </summary>
internal static class AnswerSources
{
    public static (TextVerdict Verdict, EvidenceSource Source) Weigh(TextVerdict text, CalendarReply? calendar, string? subject, string? sender)
    {
        if (calendar is not null)
        {
            return FromCalendar(calendar, text);
        }

        var fromSubject = SubjectLine.Decide(subject, sender);
        if (!text.IsDecided)
        {
            // A conflict found in the text stays unclear, whatever the subject says.
            return fromSubject.IsDecided && text.Rule?.StartsWith("conflict", StringComparison.Ordinal) != true
                ? (fromSubject, EvidenceSource.Subject)
                : (text, EvidenceSource.Text);
        }

        var corrects = text.Rule?.Contains(IntentRules.AfterCorrection, StringComparison.Ordinal) == true;
        if (fromSubject.IsDecided && !corrects && !Agree(text.Intent, fromSubject.Intent))
        {
            return (new TextVerdict(ReplyIntent.Unclear, null, $"{fromSubject.Evidence} / {text.Evidence}", null, text.Cue, "conflict: subject and text"), EvidenceSource.Text);
        }

        return (text, EvidenceSource.Text);
    }

    public static ReplyParties PartiesOf(MimeMessage message)
    {
        var from = message.From.Mailboxes.FirstOrDefault();
        var sender = from is null ? null : new Substitute(string.IsNullOrWhiteSpace(from.Name) ? null : from.Name.Trim(), from.Address.ToLowerInvariant());
        var others = message.Cc.Mailboxes.Concat(message.To.Mailboxes)
            .Where(m => from is null || !string.Equals(m.Address, from.Address, StringComparison.OrdinalIgnoreCase))
            .Select(m => new ReplyParty(string.IsNullOrWhiteSpace(m.Name) ? null : m.Name.Trim(), m.Address))
            .ToList();
        return new ReplyParties(sender, others);
    }

    /// <summary>Two answers that can both be true: the same, attendance and part of it, absence and a stand-in.</summary>
    private static bool Agree(ReplyIntent a, ReplyIntent b) =>
        a == b
        || (a is ReplyIntent.Attending or ReplyIntent.Partial && b is ReplyIntent.Attending or ReplyIntent.Partial)
        || (a is ReplyIntent.Absent or ReplyIntent.Substitute && b is ReplyIntent.Absent or ReplyIntent.Substitute);

    private static (TextVerdict, EvidenceSource) FromCalendar(CalendarReply calendar, TextVerdict text)
    {
        var evidence = $"PARTSTAT={calendar.Status.ToString().ToUpperInvariant()}";
        TextVerdict Calendar(ReplyIntent intent, Substitute? substitute = null, string? more = null) =>
            new(intent, substitute, evidence + more, null, evidence, "calendar reply");
        TextVerdict Conflict() =>
            new(ReplyIntent.Unclear, null, $"{evidence} / {text.Evidence}", null, text.Cue, "conflict: calendar reply and text");

        return calendar.Status switch
        {
            ParticipationStatus.Accepted when text.Intent == ReplyIntent.Partial => (text, EvidenceSource.Text),
            ParticipationStatus.Accepted when text.Intent is ReplyIntent.Absent or ReplyIntent.Substitute => (Conflict(), EvidenceSource.Calendar),
            ParticipationStatus.Accepted => (Calendar(ReplyIntent.Attending), EvidenceSource.Calendar),
            ParticipationStatus.Declined when text.Intent == ReplyIntent.Substitute => (text, EvidenceSource.Text),
            ParticipationStatus.Declined when text.Intent is ReplyIntent.Attending or ReplyIntent.Partial => (Conflict(), EvidenceSource.Calendar),
            ParticipationStatus.Declined => (Calendar(ReplyIntent.Absent), EvidenceSource.Calendar),
            ParticipationStatus.Tentative => (Calendar(ReplyIntent.Tentative), EvidenceSource.Calendar),
            ParticipationStatus.Delegated => (
                Calendar(ReplyIntent.Substitute, Delegate(calendar, text.Substitute), $"; DELEGATED-TO={calendar.DelegatedTo}"),
                EvidenceSource.Calendar),
            _ => (text, EvidenceSource.Text),
        };
    }

    private static Substitute? Delegate(CalendarReply calendar, Substitute? fromText)
    {
        var name = fromText?.Name ?? calendar.DelegateName;
        var email = calendar.DelegatedTo ?? fromText?.Email;
        return name is null && email is null ? null : new Substitute(name, email);
    }
}
