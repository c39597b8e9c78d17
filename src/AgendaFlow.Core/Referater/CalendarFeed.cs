using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// A committee's coming meetings as an iCalendar subscription (no METHOD: it is published, not sent). UIDs are those
/// of the invitations (<see cref="CalendarInvite.Uid"/>), so a calendar holding the invitation sees the same event.
/// Cancelled meetings stay in, marked CANCELLED, so subscribed calendars remove them.
/// </summary>
public static class CalendarFeed
{
    /// <param name="now">Meetings not over by then (<see cref="MeetingTimes.IsOver"/>) are the coming ones.</param>
    /// <param name="stamp">DTSTAMP of every event: pass the time the meetings were last changed, so an unchanged calendar is byte-identical.</param>
    public static string Render(string committeeName, IEnumerable<Meeting> meetings, MailSettings settings, DateTimeOffset now, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = "-//AgendaFlow//AgendaFlow//DA" };
        calendar.AddProperty("X-WR-CALNAME", $"Møder: {committeeName}");
        calendar.AddProperty("X-WR-TIMEZONE", CopenhagenTime.Zone.Id);
        var coming = meetings.Where(m => !MeetingTimes.IsOver(m, now)).OrderBy(m => m.Date).ThenBy(m => m.Start).ThenBy(m => m.Id.Value, StringComparer.Ordinal).ToList();
        var tzId = CopenhagenTime.Zone.Id;
        calendar.AddTimeZone(tzId, new DateTime(CopenhagenTime.DateOf(now).Year - 1, 1, 1), includeHistoricalData: false);
        foreach (var meeting in coming)
        {
            var e = new CalendarEvent
            {
                Uid = CalendarInvite.Uid(meeting, settings),
                Sequence = meeting.Revision,
                Summary = meeting.Title,
                Location = meeting.Location,
                Description = meeting.Items.Count > 0 ? $"Dagsorden: {string.Join("; ", meeting.Items.Select(i => $"{i.Number}. {i.Title}"))}" : null,
                DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
                Status = meeting.IsCancelled ? "CANCELLED" : "CONFIRMED",
            };
            if (meeting.Start is { } start)
            {
                var end = meeting.End ?? start.Add(MeetingTimes.AssumedLength);
                e.DtStart = new CalDateTime(meeting.Date, start, tzId);
                e.DtEnd = new CalDateTime(end > start ? meeting.Date : meeting.Date.AddDays(1), end, tzId);
            }
            else
            {
                e.DtStart = new CalDateTime(meeting.Date);
                e.DtEnd = new CalDateTime(meeting.Date.AddDays(1));
            }

            calendar.Events.Add(e);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
