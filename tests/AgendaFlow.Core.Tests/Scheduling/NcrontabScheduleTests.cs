using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Tests.Scheduling;

public sealed class NcrontabScheduleTests
{
    private static readonly NcrontabSchedule WeekdaysAtSeven = NcrontabSchedule.Parse("0 0 7 * * 1-5");

    [Fact]
    public void A_weekday_schedule_skips_from_friday_to_monday_morning_in_copenhagen()
    {
        var fridayEvening = new DateTimeOffset(2026, 11, 27, 18, 0, 0, TimeSpan.FromHours(1));

        var next = WeekdaysAtSeven.NextAfter(fridayEvening);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.FromHours(1)), next);
    }

    [Fact]
    public void Seven_in_the_morning_stays_seven_local_time_across_the_last_sunday_of_march()
    {
        // Summer time starts Sunday 29 March 2026: 07:00 is 06:00 UTC on Friday and 05:00 UTC on Monday.
        var friday = WeekdaysAtSeven.NextAfter(new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.Zero))!.Value;
        var monday = WeekdaysAtSeven.NextAfter(friday)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 27, 6, 0, 0, TimeSpan.Zero), friday.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 5, 0, 0, TimeSpan.Zero), monday.ToUniversalTime());
    }

    [Fact]
    public void Seven_in_the_morning_stays_seven_local_time_across_the_last_sunday_of_october()
    {
        // Summer time ends Sunday 25 October 2026: 07:00 is 05:00 UTC on Friday and 06:00 UTC on Monday.
        var friday = WeekdaysAtSeven.NextAfter(new DateTimeOffset(2026, 10, 23, 0, 0, 0, TimeSpan.Zero))!.Value;
        var monday = WeekdaysAtSeven.NextAfter(friday)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 10, 23, 5, 0, 0, TimeSpan.Zero), friday.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 6, 0, 0, TimeSpan.Zero), monday.ToUniversalTime());
    }

    [Fact]
    public void A_time_skipped_by_the_spring_switch_runs_once_right_after_the_gap()
    {
        var halfPastTwo = NcrontabSchedule.Parse("0 30 2 * * *");

        var next = halfPastTwo.NextAfter(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero))!.Value;

        // 02:30 does not exist that night; the run happens at 03:00 summer time (01:00 UTC), not skipped.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), next.ToUniversalTime());
    }

    [Fact]
    public void A_time_repeated_by_the_autumn_switch_runs_only_once()
    {
        var halfPastTwo = NcrontabSchedule.Parse("0 30 2 * * *");

        var first = halfPastTwo.NextAfter(new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero))!.Value;
        var second = halfPastTwo.NextAfter(first)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), first.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), second.ToUniversalTime());
    }

    [Fact]
    public void Five_field_schedules_are_accepted_as_the_functions_host_accepts_them()
    {
        var everyTenMinutes = NcrontabSchedule.Parse("*/10 * * * *");

        var next = everyTenMinutes.NextAfter(new DateTimeOffset(2026, 11, 25, 10, 3, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 10, 0, TimeSpan.Zero), next!.Value.ToUniversalTime());
    }

    [Theory]
    [InlineData("")]
    [InlineData("every day at seven")]
    [InlineData("0 0 25 * * *")]
    public void A_schedule_that_is_not_ncrontab_is_refused_with_the_text_in_the_message(string text)
    {
        var error = Record.Exception(() => NcrontabSchedule.Parse(text));

        Assert.True(error is FormatException or ArgumentException, error?.GetType().Name);
    }
}
