using AgendaFlow.Core.Replies;
using MimeKit;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Stand-ins named around a verb of sending or replacing, with titles, departments and the mail's own headers.</summary>
public class StandInShapeTests
{
    [Theory]
    [InlineData("Afbud – jeg sender Karen Holm.", "Karen Holm")]
    [InlineData("Jeg kan ikke, så vi sender vores nye konsulent Karen Holm.", "Karen Holm")]
    [InlineData("Jeg er bortrejst. Karen Holm fra økonomiafdelingen overtager min plads.", "Karen Holm")]
    [InlineData("Jeg har aftalt med vores kontorchef, Karen Holm, at hun kommer i mit sted.", "Karen Holm")]
    [InlineData("Overlæge Karen Holm deltager for Kirurgisk Afdeling i stedet for mig.", "Karen Holm")]
    [InlineData("I'm sending my colleague Dr Karen Holm in my place.", "Karen Holm")]
    [InlineData("Unfortunately I cannot attend. My deputy, Ms Karen Holm, will attend on my behalf.", "Karen Holm")]
    [InlineData("Jeg kan ikke selv. Enten Ib Vad eller Karen Holm kunne tage den – det bliver Karen Holm, der deltager.", "Karen Holm")]
    public void The_stand_in_is_named_without_title_or_department(string body, string name)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal(name, reply.Substitute?.Name);
    }

    [Fact]
    public void A_first_name_is_completed_from_the_copied_recipient()
    {
        var message = TestMail.Reply("Afbud fra mig. Karen, som står cc, deltager i stedet.");
        message.Cc.Add(new MailboxAddress("Karen Holm Bech", "khb@rm.example"));

        var reply = TestMail.Interpret(message);

        Assert.Equal(new Substitute("Karen Holm Bech", "khb@rm.example"), reply.Substitute);
    }

    [Fact]
    public void Two_different_stand_ins_are_unclear()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg kan ikke. Min stedfortræder Ib Vad deltager. Karen Holm kommer i stedet for mig."));

        Assert.Equal(ReplyIntent.Unclear, reply.Intent);
        Assert.Null(reply.Substitute);
    }

    [Theory]
    [InlineData("Jeg kommer. Jeg sender jer mine kommentarer til punkt 3 inden mødet.", ReplyIntent.Attending)]
    [InlineData("Jeg havde tænkt at sende Ib Vad, men han er syg. Jeg melder afbud.", ReplyIntent.Absent)]
    [InlineData("Jeg skriver på vegne af direktør Ib Vad, som desværre er forhindret.", ReplyIntent.Absent)]
    [InlineData("Deltager – og jeg tager Ib Vad med som observatør, hvis det er i orden?", ReplyIntent.Attending)]
    public void Other_people_named_near_an_answer_are_no_stand_ins(string body, ReplyIntent intent)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(intent, reply.Intent);
        Assert.Null(reply.Substitute);
    }
}
