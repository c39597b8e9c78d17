using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Referater;
using AgendaFlow.Core.Summaries;

namespace AgendaFlow.Core.Tests.Summaries;

/// <summary>When a summary and a referat draft are due for a meeting.</summary>
public sealed class SummaryPlanTests
{
    // Thursday 17 December 2026, 10:00-12:00 Copenhagen time (09:00-11:00 UTC).
    private static readonly Meeting Meeting =
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 17)), "sundhed", "Følgegruppen", new DateOnly(2026, 12, 17), new TimeOnly(10, 0), new TimeOnly(12, 0), null, [], []);

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_daily_summary_far_from_the_meeting_goes_only_with_news_and_close_to_it_always()
    {
        var farOff = SummaryPlan.Daily(Meeting, Utc(10, 6), Utc(10, 6), alwaysWithinDays: 2);
        var close = SummaryPlan.Daily(Meeting, Utc(15, 9), Utc(15, 9), alwaysWithinDays: 2);

        Assert.True(farOff?.OnlyWhenChanged);
        Assert.False(close?.OnlyWhenChanged);
        Assert.False(close?.IsFinal);
    }

    [Fact]
    public void A_daily_summary_is_keyed_by_the_Copenhagen_day_of_its_occurrence_so_it_goes_once_that_day()
    {
        // 23:30 UTC on the 14th is already the 15th in Copenhagen.
        var late = SummaryPlan.Daily(Meeting, Utc(14, 23, 30), Utc(14, 23, 31), alwaysWithinDays: 2);

        Assert.Equal("day.20261215", late?.Occasion);
    }

    [Fact]
    public void No_summary_once_the_meeting_has_started_or_when_it_is_cancelled()
    {
        Assert.Null(SummaryPlan.Daily(Meeting, Utc(17, 9), Utc(17, 9), alwaysWithinDays: 2));
        Assert.Null(SummaryPlan.Final(Meeting, Utc(17, 9), finalHoursBefore: 24));
        Assert.Null(SummaryPlan.Daily(Meeting with { IsCancelled = true }, Utc(15, 9), Utc(15, 9), alwaysWithinDays: 2));
    }

    [Fact]
    public void The_final_summary_is_due_from_the_given_hours_before_the_start()
    {
        Assert.Null(SummaryPlan.Final(Meeting, Utc(16, 8, 59), finalHoursBefore: 24));
        var final = SummaryPlan.Final(Meeting, Utc(16, 9), finalHoursBefore: 24);

        Assert.Equal("final", final?.Occasion);
        Assert.True(final?.IsFinal);
        Assert.False(final?.OnlyWhenChanged);
    }

    [Fact]
    public void The_referat_draft_is_due_once_the_meeting_has_ended_and_for_two_weeks_after()
    {
        Assert.False(DraftPlan.IsDue(Meeting, Utc(17, 10, 59)));
        Assert.True(DraftPlan.IsDue(Meeting, Utc(17, 11)));
        Assert.True(DraftPlan.IsDue(Meeting, Utc(31, 11)));
        Assert.False(DraftPlan.IsDue(Meeting, Utc(31, 11, 1)));
        Assert.False(DraftPlan.IsDue(Meeting with { IsCancelled = true }, Utc(17, 12)));
    }
}
