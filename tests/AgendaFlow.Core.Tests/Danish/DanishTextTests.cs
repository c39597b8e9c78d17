using AgendaFlow.Core.Danish;

namespace AgendaFlow.Core.Tests.Danish;

public sealed class DanishTextTests
{
    [Fact]
    public void A_meeting_date_and_time_read_as_a_danish_secretary_writes_them()
    {
        Assert.Equal(
            "torsdag den 10. december 2026 kl. 13.00–15.30",
            DanishText.DateAndTime(new DateOnly(2026, 12, 10), new TimeOnly(13, 0), new TimeOnly(15, 30)));
    }

    [Theory]
    [InlineData(2026, 11, 30, "mandag den 30. november 2026")]
    [InlineData(2026, 12, 1, "tirsdag den 1. december 2026")]
    [InlineData(2027, 5, 1, "lørdag den 1. maj 2027")]
    [InlineData(2019, 8, 30, "fredag den 30. august 2019")]
    [InlineData(2020, 1, 15, "onsdag den 15. januar 2020")]
    [InlineData(2026, 3, 29, "søndag den 29. marts 2026")]
    public void Weekdays_and_months_are_danish_and_lower_case(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DanishText.LongDate(new DateOnly(year, month, day)));
    }

    [Fact]
    public void A_start_time_alone_is_written_without_a_dash()
    {
        Assert.Equal("kl. 09.00", DanishText.TimeRange(new TimeOnly(9, 0), null));
    }

    [Fact]
    public void A_date_without_a_known_time_has_no_trailing_kl()
    {
        Assert.Equal("fredag den 30. august 2019", DanishText.DateAndTime(new DateOnly(2019, 8, 30), null, null));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Hanne Roed" }, "Hanne Roed")]
    [InlineData(new[] { "Hanne Roed", "Steen Jakobsen" }, "Hanne Roed og Steen Jakobsen")]
    [InlineData(new[] { "A", "B", "C" }, "A, B og C")]
    [InlineData(new[] { "A", "B", "C", "D" }, "A, B, C og D")]
    public void Lists_join_the_last_two_with_og_and_no_comma_before_it(string[] items, string expected)
    {
        Assert.Equal(expected, DanishText.JoinList(items));
    }
}
