using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>
/// The result carries the sentence and the cue it was decided on, for the secretariat, and a form of it that holds
/// none of the sender's words, for logs.
/// </summary>
public class EvidenceTests
{
    [Fact]
    public void The_evidence_is_the_sentence_and_the_cue_that_decided()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Hej\n\nJeg melder ikke afbud, så I kan regne med mig.\n\nMvh Ole"));

        Assert.Equal(ReplyIntent.Attending, reply.Intent);
        Assert.Equal("Jeg melder ikke afbud, så I kan regne med mig.", reply.Evidence);
        Assert.Contains("afbud", reply.Cue, StringComparison.Ordinal);
        Assert.Contains("negated absence", reply.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclear_reply_says_which_cues_conflicted()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg kommer gerne. Jeg holder ferie den uge."));

        Assert.Equal(ReplyIntent.Unclear, reply.Intent);
        Assert.Equal("conflict: attendance and absence", reply.Rule);
        Assert.Equal("unclear (text: conflict: attendance and absence)", reply.SafeEvidence);
    }

    [Fact]
    public void The_safe_evidence_holds_no_word_of_the_reason()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Afbud – er sygemeldt efter en operation."));

        Assert.Equal(ReplyIntent.Absent, reply.Intent);
        Assert.NotNull(reply.AbsenceReason);
        Assert.DoesNotContain("syg", reply.SafeEvidence, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("operation", reply.SafeEvidence, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("absent (text:", reply.SafeEvidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_answer_names_the_calendar_as_its_source()
    {
        var reply = TestMail.Interpret(TestMail.CalendarReply("DECLINED"));

        Assert.Equal(EvidenceSource.Calendar, reply.Source);
        Assert.Equal("PARTSTAT=DECLINED", reply.Cue);
    }
}
