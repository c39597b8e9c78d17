using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using MimeKit;

namespace AgendaFlow.Core.Invitations;

/// <summary>
/// The mails around a stand-in: to the member, that their stand-in has been invited; and, when the stand-in
/// declines, to the member and the secretariat, that the seat is empty again.
/// </summary>
public static class StandInNotice
{
    public static MimeMessage Invited(Meeting meeting, Invitee member, Invitee standIn, MailSettings settings, DateTimeOffset now) =>
        Mail(meeting, $"Stedfortræder inviteret: {meeting.Title}, {DanishText.ShortDate(meeting.Date)}", [member], settings, now, $"""
            Kære {member.Name}

            {standIn.Name} har fået en invitation til mødet i {meeting.Title} {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)} som din stedfortræder{(standIn.Email is null ? "" : $" (sendt til {standIn.Email})")}.

            Melder {standIn.Name} fra, får du besked, og din plads er så tom igen.

            Med venlig hilsen
            Sekretariatet for {meeting.Title}
            """);

    /// <param name="recipients">The member (when they have an address) and the secretariat.</param>
    public static MimeMessage Declined(Meeting meeting, Invitee member, Invitee standIn, IReadOnlyList<Invitee> recipients, MailSettings settings, DateTimeOffset now) =>
        Mail(meeting, $"Stedfortræder har meldt fra: {meeting.Title}, {DanishText.ShortDate(meeting.Date)}", recipients, settings, now, $"""
            {standIn.Name} har meldt fra som stedfortræder for {member.Name} til mødet i {meeting.Title} {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}.

            {member.Name}s plads er derfor tom igen. {member.Name} kan sende en anden stedfortræder ved at svare på invitationen igen.

            Med venlig hilsen
            AgendaFlow
            """);

    private static MimeMessage Mail(Meeting meeting, string subject, IReadOnlyList<Invitee> to, MailSettings settings, DateTimeOffset now, string text)
    {
        var message = new MimeMessage { Subject = subject, Date = now };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        foreach (var person in to)
        {
            if (person.Email is { } address)
            {
                message.To.Add(new MailboxAddress(person.Name, address));
            }
        }

        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-AgendaFlow-Meeting", meeting.Id.Value);
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }
}
