using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Referater;
using Ical.Net;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class CalendarFeedTests
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://region.example/"));

    [Fact]
    public void Coming_meetings_are_listed_with_the_invitations_UIDs_in_Copenhagen_time()
    {
        var coming = ReferatSamples.Meeting() with { Date = new DateOnly(2027, 1, 14) };
        var past = ReferatSamples.Meeting() with { Date = new DateOnly(2026, 9, 1), Id = Core.Meetings.MeetingId.For("sundhed", new DateOnly(2026, 9, 1)) };
        coming = coming with { Id = Core.Meetings.MeetingId.For("sundhed", coming.Date) };

        var ics = CalendarFeed.Render("Sundhedsstyregruppen", [past, coming], Settings, ReferatSamples.Now, ReferatSamples.Now);

        var calendar = Calendar.Load(ics)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal(CalendarInvite.Uid(coming, Settings), e.Uid);
        Assert.Equal("sundhed-2027-01-14@region.example", e.Uid);
        Assert.Equal("Europe/Copenhagen", e.DtStart!.TzId);
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Contains("TZID:Europe/Copenhagen", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("METHOD:", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_meeting_stays_in_marked_cancelled()
    {
        var cancelled = ReferatSamples.Meeting() with { Date = new DateOnly(2027, 1, 14), IsCancelled = true };

        var ics = CalendarFeed.Render("Sundhedsstyregruppen", [cancelled], Settings, ReferatSamples.Now, ReferatSamples.Now);

        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
    }
}
