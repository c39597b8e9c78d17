using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Tests.Scheduling;

/// <summary>
/// The host's timers tick on a UTC cadence; these drive the decision with such ticks, as the host would, and record
/// each run the way the app records it, then look at when the work happened in Copenhagen.
/// </summary>
public sealed class DueOccurrenceTests
{
    private static readonly TimeSpan EveryMinute = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData(2026, 3, 27)] // Friday before the last Sunday of March (summer time from Sunday 02:00)
    [InlineData(2026, 10, 23)] // Friday before the last Sunday of October (winter time from Sunday 03:00)
    public void A_weekday_seven_oclock_summary_goes_at_seven_copenhagen_time_once_on_each_side_of_the_switch(int year, int month, int day)
    {
        var friday = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);

        var runs = Tick(NcrontabSchedule.Parse("0 0 7 * * 1-5"), from: friday, until: friday.AddDays(4), EveryMinute);

        Assert.Equal(
            ["fredag 07.00", "mandag 07.00"],
            runs.Select(r => CopenhagenTime.ToLocal(r.At).ToString("dddd HH.mm", Danish)));
        Assert.All(runs, r => Assert.False(r.IsPastDue));
    }

    [Fact]
    public void The_summary_on_the_friday_before_summer_time_goes_at_six_utc_and_on_the_monday_after_at_five()
    {
        var friday = new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.Zero);

        var runs = Tick(NcrontabSchedule.Parse("0 0 7 * * 1-5"), from: friday, until: friday.AddDays(4), EveryMinute);

        Assert.Equal(
            [new DateTimeOffset(2026, 3, 27, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 5, 0, 0, TimeSpan.Zero)],
            runs.Select(r => r.At));
    }

    [Fact]
    public void The_summary_on_the_friday_before_winter_time_goes_at_five_utc_and_on_the_monday_after_at_six()
    {
        var friday = new DateTimeOffset(2026, 10, 23, 0, 0, 0, TimeSpan.Zero);

        var runs = Tick(NcrontabSchedule.Parse("0 0 7 * * 1-5"), from: friday, until: friday.AddDays(4), EveryMinute);

        Assert.Equal(
            [new DateTimeOffset(2026, 10, 23, 5, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 26, 6, 0, 0, TimeSpan.Zero)],
            runs.Select(r => r.At));
    }

    [Fact]
    public void An_hourly_job_on_the_night_summer_time_starts_runs_when_the_clock_jumps_instead_of_at_the_missing_half_past_two()
    {
        var midnight = CopenhagenTime.At(new DateOnly(2026, 3, 29), TimeOnly.MinValue);

        var runs = Tick(NcrontabSchedule.Parse("0 30 * * * *"), from: midnight, until: midnight.AddHours(5), EveryMinute);

        Assert.Equal(["00:30", "01:30", "03:00", "03:30", "04:30", "05:30"], runs.Select(r => CopenhagenTime.ToLocal(r.At).ToString("HH:mm")));
    }

    [Fact]
    public void An_hourly_job_on_the_night_winter_time_starts_runs_in_both_hours_that_the_clock_shows_as_two()
    {
        var midnight = CopenhagenTime.At(new DateOnly(2026, 10, 25), TimeOnly.MinValue);

        var runs = Tick(NcrontabSchedule.Parse("0 30 * * * *"), from: midnight, until: midnight.AddHours(5), EveryMinute);

        Assert.Equal(["00:30 +02", "01:30 +02", "02:30 +02", "02:30 +01", "03:30 +01"], runs.Select(r => CopenhagenTime.ToLocal(r.At).ToString("HH:mm zz")));
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.Equal(TimeSpan.FromHours(1), pair.Second.At - pair.First.At));
    }

    [Theory]
    [InlineData(2026, 3, 29)]
    [InlineData(2026, 10, 25)]
    public void A_daily_job_at_half_past_two_runs_once_on_the_night_the_clocks_change(int year, int month, int day)
    {
        var midnight = CopenhagenTime.At(new DateOnly(year, month, day), TimeOnly.MinValue);

        var runs = Tick(NcrontabSchedule.Parse("0 30 2 * * *"), from: midnight, until: midnight.AddHours(6), EveryMinute);

        var run = Assert.Single(runs);
        // In March 02:30 does not exist on the clock, and the job runs when the clock jumps, at 03:00.
        Assert.Equal(month == 3 ? "03:00" : "02:30", CopenhagenTime.ToLocal(run.At).ToString("HH:mm"));
    }

    [Fact]
    public void A_job_every_minute_runs_at_every_tick_of_a_one_minute_cadence()
    {
        var start = new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero);

        var runs = Tick(NcrontabSchedule.Parse("0 * * * * *"), from: start, until: start.AddHours(3), EveryMinute);

        Assert.Equal(180, runs.Count);
    }

    [Fact]
    public void A_second_tick_for_the_same_minute_finds_nothing_due_once_the_run_is_recorded()
    {
        var schedule = NcrontabSchedule.Parse("0 0 7 * * 1-5");
        var tick = new DateTimeOffset(2026, 12, 1, 6, 0, 0, 40, TimeSpan.Zero);

        var first = DueOccurrence.At(schedule, tick, lastRun: null);
        var again = DueOccurrence.At(schedule, tick.AddSeconds(3), lastRun: first!.At);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero), first.At);
        Assert.Null(again);
    }

    [Fact]
    public void A_tick_that_comes_a_moment_early_still_runs_the_occurrence_it_was_meant_for()
    {
        var schedule = NcrontabSchedule.Parse("0 0 7 * * 1-5");

        var due = DueOccurrence.At(schedule, new DateTimeOffset(2026, 12, 1, 5, 59, 59, 200, TimeSpan.Zero), lastRun: null);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero), due?.At);
    }

    [Fact]
    public void Occurrences_missed_while_the_app_was_away_run_once_marked_late()
    {
        var schedule = NcrontabSchedule.Parse("0 0 * * * *");
        var lastRun = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

        var due = DueOccurrence.At(schedule, new DateTimeOffset(2026, 12, 1, 9, 20, 0, TimeSpan.Zero), lastRun);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), due?.At);
        Assert.True(due!.IsPastDue);
    }

    [Fact]
    public void A_new_installation_does_not_replay_this_mornings_summary()
    {
        var schedule = NcrontabSchedule.Parse("0 0 7 * * 1-5");

        var due = DueOccurrence.At(schedule, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), lastRun: null);

        Assert.Null(due);
    }

    private static readonly System.Globalization.CultureInfo Danish = new("da-DK");

    /// <summary>Ticks like the host from <paramref name="from"/> to <paramref name="until"/>, recording each run as the app does.</summary>
    private static List<Occurrence> Tick(NcrontabSchedule schedule, DateTimeOffset from, DateTimeOffset until, TimeSpan cadence)
    {
        var runs = new List<Occurrence>();
        DateTimeOffset? lastRun = null;
        for (var now = from; now < until; now += cadence)
        {
            // The host's tick lands a few milliseconds after the minute.
            if (DueOccurrence.At(schedule, now.AddMilliseconds(15), lastRun) is { } due)
            {
                runs.Add(due);
                lastRun = due.At;
            }
        }

        return runs;
    }
}
