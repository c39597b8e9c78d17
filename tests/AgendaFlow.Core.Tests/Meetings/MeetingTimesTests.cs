using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Tests.Meetings;

/// <summary>When a meeting is over: at its end, in Copenhagen time, with a default when the agenda gives no end.</summary>
public sealed class MeetingTimesTests
{
    private static readonly DateOnly Day = new(2026, 12, 10);

    private static Meeting MeetingAt(TimeOnly? start, TimeOnly? end) =>
        new(MeetingId.For("sundhed", Day), "sundhed", "Følgegruppen", Day, start, end, null, [], []);

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_meeting_is_over_at_its_end_not_at_its_start_nor_the_next_morning()
    {
        var meeting = MeetingAt(new TimeOnly(10, 0), new TimeOnly(12, 0)); // 09:00-11:00 UTC in winter

        Assert.False(MeetingTimes.IsOver(meeting, Utc(10, 10, 30)));
        Assert.True(MeetingTimes.IsOver(meeting, Utc(10, 11)));
    }

    [Fact]
    public void With_a_start_and_no_end_it_is_over_two_hours_after_the_start_as_the_calendar_entry_says()
    {
        var meeting = MeetingAt(new TimeOnly(10, 0), null);

        Assert.Equal(Utc(10, 11), MeetingTimes.EndOf(meeting).ToUniversalTime());
    }

    [Fact]
    public void With_no_time_at_all_it_is_over_when_its_day_is_over_in_Copenhagen()
    {
        var meeting = MeetingAt(null, null);

        Assert.False(MeetingTimes.IsOver(meeting, Utc(10, 22, 59)));
        Assert.True(MeetingTimes.IsOver(meeting, Utc(10, 23)));
    }

    [Fact]
    public void A_meeting_that_goes_on_past_midnight_ends_the_next_day()
    {
        var meeting = MeetingAt(new TimeOnly(19, 0), new TimeOnly(0, 30));

        Assert.Equal(Utc(10, 23, 30), MeetingTimes.EndOf(meeting).ToUniversalTime());
    }
}
