using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Stand-ins (stedfortrædere), with and without an e-mail address.</summary>
public class SubstituteTests
{
    [Theory]
    [InlineData("Jeg kan desværre ikke deltage, men Peter Borup Sørensen deltager i stedet for mig.", "Peter Borup Sørensen")]
    [InlineData("Min stedfortræder Peter Hansen kommer.", "Peter Hansen")]
    [InlineData("Jeg melder afbud. Min stedfortræder, Lise Ørum, deltager.", "Lise Ørum")]
    [InlineData("Lise Ørum deltager på mine vegne.", "Lise Ørum")]
    [InlineData("På mine vegne deltager Lise Ørum.", "Lise Ørum")]
    [InlineData("Derfor kommer Åse Bæk i stedet.", "Åse Bæk")]
    [InlineData("I stedet kommer Karen Marie Jensen.", "Karen Marie Jensen")]
    [InlineData("Jeg sender min kollega Søren Ravn i stedet.", "Søren Ravn")]
    [InlineData("Stedfortræder: Anders And", "Anders And")]
    [InlineData("Hanne Bach er min stedfortræder.", "Hanne Bach")]
    [InlineData("I can't attend, but my deputy John Smith will come.", "John Smith")]
    [InlineData("John Smith will attend in my place.", "John Smith")]
    public void A_named_stand_in_is_a_substitute(string body, string name)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal(name, reply.Substitute?.Name);
        Assert.Null(reply.Substitute?.Email);
    }

    [Theory]
    [InlineData("Min stedfortræder Peter Hansen (peter.hansen@rm.example) deltager.")]
    [InlineData("Min stedfortræder Peter Hansen <peter.hansen@rm.example> deltager.")]
    [InlineData("Peter Hansen, peter.hansen@rm.example, deltager i stedet for mig.")]
    [InlineData("Peter Hansen deltager i stedet for mig, hans mail er peter.hansen@rm.example.")]
    public void A_stand_in_with_an_address_keeps_the_address(string body)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal(new Substitute("Peter Hansen", "peter.hansen@rm.example"), reply.Substitute);
    }

    [Fact]
    public void A_stand_in_given_only_by_address_is_a_substitute()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Min stedfortræder peter.hansen@rm.example deltager."));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal(new Substitute(null, "peter.hansen@rm.example"), reply.Substitute);
    }

    [Fact]
    public void An_unnamed_stand_in_is_a_substitute_without_a_name()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg kan ikke komme, men min stedfortræder deltager."));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Null(reply.Substitute);
    }

    [Fact]
    public void A_stand_in_who_writes_himself_is_the_substitute_with_his_own_name_and_address()
    {
        var message = TestMail.Reply("Hej\n\nJeg deltager i stedet for Hanne Roed, som er forhindret.\n\nMvh Peter", from: "peter.bak@rm.example");
        message.From.Clear();
        message.From.Add(new MimeKit.MailboxAddress("Peter Bak", "peter.bak@rm.example"));

        var reply = TestMail.Interpret(message);

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal(new Substitute("Peter Bak", "peter.bak@rm.example"), reply.Substitute);
    }

    [Fact]
    public void A_stand_in_in_the_quoted_invitation_does_not_count()
    {
        var body = "Jeg deltager.\n\n" + TestMail.OutlookQuote + "\nMin stedfortræder Peter Hansen deltager i stedet.";

        Assert.Equal(ReplyIntent.Attending, TestMail.IntentOf(body));
    }

    [Fact]
    public void The_senders_own_address_is_not_the_stand_ins()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Peter Hansen deltager i stedet for mig. Skriv til mig på hanne.roed@rm.example."));

        Assert.Equal(new Substitute("Peter Hansen", null), reply.Substitute);
    }
}
