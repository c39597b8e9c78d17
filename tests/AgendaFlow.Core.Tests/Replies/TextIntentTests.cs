using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>What the new text of a reply says, in Danish and English.</summary>
public class TextIntentTests
{
    [Theory]
    [InlineData("Jeg deltager.")]
    [InlineData("Deltager")]
    [InlineData("Jeg kommer gerne.")]
    [InlineData("Ja tak, jeg er med.")]
    [InlineData("Jeg kan godt deltage, men bliver nødt til at deltage via Teams.")]
    [InlineData("Jeg bekræfter hermed min deltagelse.")]
    [InlineData("Vi ses på fredag!")]
    [InlineData("I will attend.")]
    [InlineData("Count me in.")]
    [InlineData("Yes")]
    [InlineData("Jeg kan desværre ikke deltage fysisk, men deltager online.")]
    public void A_reply_that_says_yes_is_attending(string body)
    {
        Assert.Equal(ReplyIntent.Attending, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Jeg melder afbud til mødet.")]
    [InlineData("Afbud fra mig.")]
    [InlineData("Jeg deltager ikke.")]
    [InlineData("Jeg deltager desværre ikke.")]
    [InlineData("Jeg kan ikke komme.")]
    [InlineData("Jeg kan desværre ikke deltage.")]
    [InlineData("Jeg er desværre forhindret i at deltage.")]
    [InlineData("Jeg må melde fra denne gang.")]
    [InlineData("Jeg har desværre ikke mulighed for at deltage.")]
    [InlineData("Jeg er ked af det, men jeg kan ikke være med.")]
    [InlineData("Unfortunately I won't be able to attend on Friday.")]
    [InlineData("I cannot attend.")]
    [InlineData("I'm unable to join the meeting.")]
    [InlineData("Please accept my apologies.")]
    [InlineData("Nej")]
    public void A_reply_that_says_no_is_absent(string body)
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Jeg kan alligevel ikke komme på fredag. Beklager.")]
    [InlineData("Jeg skrev i går, at jeg deltager. Jeg kan alligevel ikke komme.")]
    [InlineData("Jeg deltager gerne. Desværre er der kommet noget i vejen, så jeg kan alligevel ikke deltage.")]
    [InlineData("I said I would attend, but I can't make it after all.")]
    public void A_change_of_mind_to_no_is_absent(string body)
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Jeg meldte afbud i går, men jeg kan alligevel godt komme.")]
    [InlineData("Se bort fra mit afbud – jeg deltager.")]
    [InlineData("Jeg trækker mit afbud tilbage og deltager.")]
    [InlineData("I sent my apologies, but I can attend after all.")]
    public void A_change_of_mind_to_yes_is_attending(string body)
    {
        Assert.Equal(ReplyIntent.Attending, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Jeg deltager måske.")]
    [InlineData("Jeg ved endnu ikke, om jeg kan deltage. Jeg vender tilbage.")]
    [InlineData("Jeg håber at kunne deltage, men det er ikke sikkert.")]
    [InlineData("Jeg prøver at nå det.")]
    [InlineData("Maybe, I'm not sure yet.")]
    [InlineData("I'll try to attend.")]
    public void A_reply_in_doubt_is_tentative(string body)
    {
        Assert.Equal(ReplyIntent.Tentative, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Hvor ligger mødelokale 21 henne? Er der parkering ved højhuset?")]
    [InlineData("Kan jeg deltage via Teams?")]
    [InlineData("Tak for invitationen.")]
    [InlineData("Hvem skal jeg sende bilagene til?")]
    [InlineData("")]
    public void A_reply_that_answers_nothing_is_unclear(string body)
    {
        Assert.Equal(ReplyIntent.Unclear, TestMail.IntentOf(body));
    }

    [Fact]
    public void The_evidence_is_the_sentence_that_decided()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Hej\n\nJeg melder afbud til mødet.\n\nVenlig hilsen\nHanne Roed\n\n" + TestMail.OutlookQuote));

        Assert.Equal("Jeg melder afbud til mødet.", reply.Evidence);
    }

    [Fact]
    public void The_reason_for_an_absence_is_kept_apart_from_the_evidence()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg kan desværre ikke deltage pga. sygdom."));

        Assert.Equal(ReplyIntent.Absent, reply.Intent);
        Assert.Equal("sygdom", reply.AbsenceReason);
    }

    [Fact]
    public void An_attending_reply_has_no_absence_reason()
    {
        var reply = TestMail.Interpret(TestMail.Reply("Jeg deltager, selvom jeg har været syg."));

        Assert.Equal(ReplyIntent.Attending, reply.Intent);
        Assert.Null(reply.AbsenceReason);
    }

    [Theory]
    [InlineData("Jeg melder afbud – jeg er på ferie.", "Jeg melder afbud – [årsag udeladt].", "jeg er på ferie")]
    [InlineData("Jeg melder afbud, da jeg er på kursus.", "Jeg melder afbud, da jeg [årsag udeladt].", "er på kursus")]
    [InlineData("Afbud grundet sygdom.", "Afbud grundet [årsag udeladt].", "sygdom")]
    public void The_reason_is_left_out_of_the_evidence(string body, string evidence, string reason)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(reason, reply.AbsenceReason);
        Assert.Equal(evidence, reply.Evidence);
    }

    [Theory]
    [InlineData(ReplyIntent.Attending, "attending")]
    [InlineData(ReplyIntent.Absent, "absent")]
    [InlineData(ReplyIntent.Substitute, "substitute")]
    [InlineData(ReplyIntent.Partial, "partial")]
    [InlineData(ReplyIntent.Tentative, "tentative")]
    [InlineData(ReplyIntent.AutoReply, "auto-reply")]
    [InlineData(ReplyIntent.Undeliverable, "undeliverable")]
    [InlineData(ReplyIntent.Unclear, "unclear")]
    public void Each_intent_has_its_wire_name_and_back(ReplyIntent intent, string wireName)
    {
        Assert.Equal(wireName, intent.WireName());
        Assert.True(ReplyIntentNames.TryParse(wireName, out var parsed));
        Assert.Equal(intent, parsed);
    }

    [Fact]
    public void An_unknown_wire_name_is_not_an_intent()
    {
        Assert.False(ReplyIntentNames.TryParse("maybe", out _));
    }
}
