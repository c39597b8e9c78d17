using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Arriving late, leaving early, or attending only some items.</summary>
public class PartialAttendanceTests
{
    [Fact]
    public void Arriving_late_with_a_time_is_partial()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg kommer først kl. 11.30 pga. et andet møde, men deltager resten af tiden."));

        Assert.Equal(ReplyIntent.Partial, reply.Intent);
        Assert.True(reply.Partial!.ArrivesLate);
        Assert.Equal(new TimeOnly(11, 30), reply.Partial.ArrivesAt);
        Assert.False(reply.Partial.LeavesEarly);
        Assert.Equal("et andet møde", reply.AbsenceReason);
    }

    [Theory]
    [InlineData("Jeg deltager, men må gå kl. 12.")]
    [InlineData("Jeg skal desværre gå kl. 12:00.")]
    [InlineData("Jeg deltager kun til kl. 12.")]
    [InlineData("I have to leave at 12:00.")]
    public void Leaving_early_is_partial(string body)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(ReplyIntent.Partial, reply.Intent);
        Assert.True(reply.Partial!.LeavesEarly);
        Assert.Equal(new TimeOnly(12, 0), reply.Partial.LeavesAt);
    }

    [Theory]
    [InlineData("Jeg kommer lidt senere.")]
    [InlineData("Jeg bliver desværre forsinket.")]
    [InlineData("I will arrive late.")]
    [InlineData("I'll be 30 minutes late.")]
    public void Arriving_late_without_a_time_is_partial(string body)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(ReplyIntent.Partial, reply.Intent);
        Assert.True(reply.Partial!.ArrivesLate);
        Assert.Null(reply.Partial.ArrivesAt);
    }

    [Theory]
    [InlineData("Jeg deltager kun under punkt 3 og 4.", new[] { "3", "4" })]
    [InlineData("Jeg kan kun være med til pkt. 5.", new[] { "5" })]
    [InlineData("Jeg deltager ikke i punkt 6.2.", new[] { "6.2" })]
    [InlineData("I will only attend items 2, 3 and 7.", new[] { "2", "3", "7" })]
    [InlineData("Jeg deltager kun i punkt 3-5.", new[] { "3-5" })]
    [InlineData("Jeg deltager kun under dagsordenspunkt 2 – 4 og 6.1.", new[] { "2-4", "6.1" })]
    public void Only_some_items_is_partial(string body, string[] items)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(ReplyIntent.Partial, reply.Intent);
        Assert.Equal(items, reply.Partial!.Items);
    }

    [Fact]
    public void Arriving_and_leaving_are_both_read()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg kommer først kl. 11, og jeg går igen kl. 13.15."));

        Assert.Equal(new PartialAttendance(true, new TimeOnly(11, 0), true, new TimeOnly(13, 15), []), reply.Partial! with { Items = [] });
    }

    [Fact]
    public void Not_being_there_for_the_whole_meeting_is_partial()
    {
        Assert.Equal(ReplyIntent.Partial, TestMail.IntentOf("Jeg kan ikke være med hele mødet, men kommer til formiddagen."));
    }

    [Fact]
    public void Leaving_early_said_with_an_absence_is_absent()
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf("Jeg kan ikke deltage, da jeg skal gå kl. 9 til lægen."));
    }

    [Fact]
    public void Leaving_after_lunch_is_partial_without_a_time()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg deltager, men smutter efter frokost."));

        Assert.Equal(ReplyIntent.Partial, reply.Intent);
        Assert.True(reply.Partial!.LeavesEarly);
        Assert.Null(reply.Partial.LeavesAt);
    }
}
