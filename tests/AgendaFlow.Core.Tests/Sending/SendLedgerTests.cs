using AgendaFlow.Core.Sending;

namespace AgendaFlow.Core.Tests.Sending;

public sealed class SendLedgerTests
{
    private static readonly SendingLimits Exchange = new(30, TimeSpan.FromMinutes(1), 10_000);
    private static readonly DateTimeOffset Nine = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void At_thirty_a_minute_thirty_go_at_once_and_the_rest_waits_until_they_have_left_the_window()
    {
        var grant = SendLedger.Empty.Grant(Exchange, Ones(200), Nine);

        Assert.Equal(30, grant.Granted);
        Assert.NotNull(grant.NextAt);
        Assert.InRange(grant.NextAt!.Value - Nine, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1) + Exchange.MessageSlot);
        Assert.Equal(0, grant.Ledger.Grant(Exchange, Ones(1), grant.NextAt.Value.AddSeconds(-1)).Granted);
        Assert.Equal(30, grant.Ledger.Grant(Exchange, Ones(200), grant.NextAt.Value).Granted);
    }

    [Fact]
    public void No_minute_ever_holds_more_than_the_limit_however_the_mail_arrives()
    {
        var ledger = SendLedger.Empty;
        var sends = new List<DateTimeOffset>();
        var random = new Random(7);
        for (var at = Nine; at < Nine.AddMinutes(20); at = at.AddSeconds(random.Next(1, 9)))
        {
            var grant = ledger.Grant(Exchange, Ones(random.Next(1, 12)), at);
            ledger = grant.Ledger;
            sends.AddRange(Enumerable.Repeat(at, grant.Granted));
        }

        Assert.True(sends.Count > 200, $"Only {sends.Count} sent in 20 minutes.");
        Assert.All(sends, start => Assert.True(sends.Count(s => s >= start && s < start.AddMinutes(1)) <= 30));
    }

    [Fact]
    public void The_recipients_of_a_day_stop_sending_until_the_oldest_hour_has_left_the_day()
    {
        var limits = new SendingLimits(0, TimeSpan.FromMinutes(1), 100);
        var morning = SendLedger.Empty.Grant(limits, [60, 30], Nine);

        var afternoon = morning.Ledger.Grant(limits, [20, 5], Nine.AddHours(6));

        Assert.Equal(2, morning.Granted);
        Assert.Equal(0, afternoon.Granted);
        Assert.Equal(Nine.AddHours(25), afternoon.NextAt);
        Assert.Equal(2, afternoon.Ledger.Grant(limits, [20, 5], Nine.AddHours(25)).Granted);
    }

    [Fact]
    public void While_the_relay_has_asked_for_a_pause_nothing_is_granted_and_the_next_try_is_when_it_ends()
    {
        var held = SendLedger.Empty.HoldUntil(Nine.AddSeconds(10));

        var grant = held.Grant(Exchange, Ones(5), Nine);

        Assert.Equal((0, Nine.AddSeconds(10)), (grant.Granted, grant.NextAt));
        Assert.Equal(5, held.Grant(Exchange, Ones(5), Nine.AddSeconds(10)).Granted);
    }

    [Fact]
    public void Five_hundred_invitations_at_thirty_a_minute_are_estimated_out_in_about_seventeen_minutes()
    {
        var last = SendLedger.Empty.EstimateLast(Exchange, Ones(500), Nine);

        // 16 full minutes wait after the first 30; each wait may be up to one counting slot longer than a minute.
        Assert.InRange(last - Nine, TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(16) + 16 * Exchange.MessageSlot);
    }

    [Fact]
    public void Without_limits_everything_goes_at_once()
    {
        Assert.Equal((500, (DateTimeOffset?)null), (SendLedger.Empty.Grant(SendingLimits.None, Ones(500), Nine) is var g ? (g.Granted, g.NextAt) : default));
    }

    [Fact]
    public void The_slots_survive_being_written_to_a_table_column_and_read_back()
    {
        var ledger = SendLedger.Empty.Grant(Exchange, Ones(12), Nine).Ledger;

        var read = SendLedger.ParseSlots(SendLedger.Format(ledger.MessageSlots));

        Assert.Equal(ledger.MessageSlots.OrderBy(s => s.Key), read.OrderBy(s => s.Key));
    }

    private static int[] Ones(int count) => Enumerable.Repeat(1, count).ToArray();
}
