using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Answers given in the subject alone.</summary>
public class SubjectOnlyTests
{
    [Theory]
    [InlineData("Afbud", ReplyIntent.Absent)]
    [InlineData("Afbud til mødet 30. august", ReplyIntent.Absent)]
    [InlineData("Deltager", ReplyIntent.Attending)]
    [InlineData("Accepteret: Klyngestyregruppemøde", ReplyIntent.Attending)]
    [InlineData("Afvist: Klyngestyregruppemøde", ReplyIntent.Absent)]
    [InlineData("Foreløbigt: Klyngestyregruppemøde", ReplyIntent.Tentative)]
    [InlineData("Accepted: Cluster steering group", ReplyIntent.Attending)]
    [InlineData("Declined: Cluster steering group", ReplyIntent.Absent)]
    [InlineData("Tentative: Cluster steering group", ReplyIntent.Tentative)]
    public void A_subject_with_an_empty_body_is_the_answer(string subject, ReplyIntent expected)
    {
        var reply = TestMail.Interpret(TestMail.Reply(string.Empty, subject));

        Assert.Equal(expected, reply.Intent);
        Assert.Equal($"Emne: {subject}", reply.Evidence);
    }

    [Fact]
    public void A_subject_with_only_a_signature_in_the_body_is_the_answer()
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf("Mvh\nJørgen Skovhus Haunstrup\nKonsulent", "Afbud"));
    }

    [Fact]
    public void The_invitation_subject_of_a_reply_is_not_an_answer()
    {
        Assert.Equal(ReplyIntent.Unclear, TestMail.IntentOf(string.Empty, "SV: Indkaldelse: Deltager du i mødet? Afbud senest fredag"));
    }

    [Fact]
    public void The_body_wins_over_the_subject()
    {
        Assert.Equal(ReplyIntent.Attending, TestMail.IntentOf("Jeg kan alligevel godt komme.", "Afbud"));
    }

    [Theory]
    [InlineData("SV: Afbud", ReplyIntent.Absent)]
    [InlineData("Re: Afbud - Indkaldelse: Klyngestyregruppemøde", ReplyIntent.Absent)]
    [InlineData("SV: Deltager", ReplyIntent.Attending)]
    [InlineData("SV: Indkaldelse: Klyngestyregruppemøde", ReplyIntent.Unclear)]
    public void A_reply_subject_counts_only_when_the_participant_put_the_answer_first(string subject, ReplyIntent expected)
    {
        Assert.Equal(expected, TestMail.IntentOf(string.Empty, subject));
    }
}
