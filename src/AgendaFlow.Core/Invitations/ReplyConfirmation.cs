using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using MimeKit;

namespace AgendaFlow.Core.Invitations;

/// <summary>
/// The short receipt a participant gets when their e-mail answer is registered ("Vi har registreret dit afbud til
/// ..."). Marked Auto-Submitted: auto-replied (RFC 3834) so that no auto-responder answers it back.
/// </summary>
public static class ReplyConfirmation
{
    public static MimeMessage Render(Meeting meeting, Invitee participant, AttendanceStatus status, Invitee? standIn,
        string replyTo, string? inReplyTo, MailSettings settings, DateTimeOffset now)
    {
        var what = status switch
        {
            AttendanceStatus.Attending => "at du deltager",
            AttendanceStatus.Absent => "dit afbud",
            AttendanceStatus.Partial => "at du deltager i en del af mødet",
            AttendanceStatus.Tentative => "at du måske deltager",
            AttendanceStatus.Substitute => $"at {standIn?.Name ?? standIn?.Email ?? "en stedfortræder"} deltager i stedet for dig",
            _ => "dit svar",
        };
        var message = new MimeMessage
        {
            Subject = $"Svar registreret: {meeting.Title}, {DanishText.ShortDate(meeting.Date)}",
            Date = now,
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(participant.Name, replyTo));
        message.Headers.Add("Auto-Submitted", "auto-replied");
        message.Headers.Add("X-AgendaFlow-Meeting", meeting.Id.Value);
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
        }

        message.Body = new TextPart("plain")
        {
            Text = $"""
                Kære {participant.Name}

                Vi har registreret {what} til mødet i {meeting.Title} {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}.

                Ændrer du mening, så svar på invitationen igen.

                Med venlig hilsen
                Sekretariatet for {meeting.Title}
                """,
        };
        return message;
    }
}
