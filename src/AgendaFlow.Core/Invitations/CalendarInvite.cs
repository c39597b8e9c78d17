using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace AgendaFlow.Core.Invitations;

/// <summary>
/// The iCalendar part of an invitation (RFC 5546 iTIP): REQUEST for an invitation or update, CANCEL for a
/// cancellation. The UID is stable for the meeting and SEQUENCE is its revision, so calendar programs update the
/// meeting they already hold instead of adding a second one.
/// </summary>
public static class CalendarInvite
{
    public static string Uid(Meeting meeting, MailSettings settings) => $"{meeting.Id.Value}@{settings.Domain}";

    public static string Render(Meeting meeting, Invitee invitee, InvitationKind kind, MailSettings settings, DateTimeOffset now)
    {
        var method = kind == InvitationKind.Cancellation ? "CANCEL" : "REQUEST";
        var calendar = new Calendar { Method = method, ProductId = "-//AgendaFlow//AgendaFlow//DA" };
        var tzId = CopenhagenTime.Zone.Id;
        calendar.AddTimeZone(tzId, new DateTime(meeting.Date.Year - 1, 1, 1), includeHistoricalData: false);
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(meeting, settings),
            Sequence = meeting.Revision,
            Summary = CalendarText.Value(meeting.Title),
            Location = CalendarText.Value(meeting.Location),
            Description = CalendarText.Value($"Dagsorden: {string.Join("; ", meeting.Items.Select(i => $"{i.Number}. {i.Title}"))}"),
            DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
            // A person's calendar shows the organiser's name: the committee as its agenda names it, never the upload folder.
            Organizer = new Organizer($"mailto:{settings.FromAddress}") { CommonName = CalendarText.Parameter(meeting.Title) },
            Status = kind == InvitationKind.Cancellation ? "CANCELLED" : "CONFIRMED",
        };
        if (meeting.Start is { } start)
        {
            var end = meeting.End ?? start.Add(MeetingTimes.AssumedLength);
            calendarEvent.DtStart = new CalDateTime(meeting.Date, start, tzId);
            calendarEvent.DtEnd = new CalDateTime(end > start ? meeting.Date : meeting.Date.AddDays(1), end, tzId);
        }
        else
        {
            // No time in the agenda: an all-day entry is more honest than a guessed hour.
            calendarEvent.DtStart = new CalDateTime(meeting.Date);
            calendarEvent.DtEnd = new CalDateTime(meeting.Date.AddDays(1));
        }

        if (invitee.Email is not null)
        {
            calendarEvent.Attendees.Add(new Attendee($"mailto:{invitee.Email}")
            {
                CommonName = CalendarText.Parameter(invitee.Name),
                Rsvp = kind != InvitationKind.Cancellation,
                ParticipationStatus = "NEEDS-ACTION",
                Role = "REQ-PARTICIPANT",
            });
        }

        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
