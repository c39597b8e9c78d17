using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>
/// How answers are built: negation turns absence into attendance, a self-correction makes what follows it the answer,
/// a condition or a question answers nothing, doubt is tentative, and answers that contradict go to a person.
/// </summary>
public class ClauseStructureTests
{
    [Theory]
    [InlineData("Jeg melder ikke afbud – I kan regne med mig.")]
    [InlineData("Jeg er ikke forhindret, så jeg kommer.")]
    [InlineData("Glem min mail fra i går – jeg kan godt alligevel!")]
    [InlineData("Jeg kan ikke … nej vent, jeg har set forkert. Jeg kan godt.")]
    [InlineData("Jeg troede, jeg var optaget. Rettelse: jeg deltager.")]
    [InlineData("I can't make it ... actually, I'll be there after all.")]
    public void A_denied_absence_or_a_corrected_refusal_is_attending(string body)
    {
        Assert.Equal(ReplyIntent.Attending, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Jeg deltager gerne. Jeg holder dog ferie i hele uge 35.")]
    [InlineData("Ja, men jeg kan ikke komme.")]
    [InlineData("Nej tak. Jeg kommer gerne.")]
    public void Answers_that_contradict_each_other_are_unclear(string body)
    {
        Assert.Equal(ReplyIntent.Unclear, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Det afhænger af, om jeg bliver færdig i retten.")]
    [InlineData("Jeg regner med at kunne deltage, men bekræfter senere.")]
    [InlineData("Kan ikke sige det endnu. Hvis jeg ikke kan, sender jeg en afløser.")]
    [InlineData("Ved det først i morgen.")]
    [InlineData("Depends on my flight – will confirm by Wednesday.")]
    public void Doubt_and_conditions_are_tentative(string body)
    {
        Assert.Equal(ReplyIntent.Tentative, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Deltger.")]
    [InlineData("deltagr")]
    [InlineData("ses")]
    [InlineData("Ses fredag!")]
    [InlineData("Ja tak til mødet – jeg er der.")]
    [InlineData("DELTAGER. MVH OLE")]
    public void Short_misspelt_and_shouted_yeses_are_attending(string body)
    {
        Assert.Equal(ReplyIntent.Attending, TestMail.IntentOf(body));
    }

    [Theory]
    [InlineData("Jeg maa desvaerre melde afbu til moedet.")]
    [InlineData("kan ikk deltage, er paa kursus")]
    [InlineData("Afbd fra mig.")]
    public void Missing_letters_and_typos_still_read_as_absent(string body)
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf(body));
    }

    [Fact]
    public void Attending_the_next_meeting_does_not_undo_an_absence_from_this_one()
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf("Jeg deltager ikke denne gang, men deltager gerne i næste møde."));
    }

    [Fact]
    public void A_coming_weekend_is_no_attendance()
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf("Jeg må melde afbud. God weekend, når den kommer!"));
    }

    [Theory]
    [InlineData("Afbud til punkt 3-4, jeg skal videre. Jeg er med på resten.", "3-4")]
    [InlineData("Jeg deltager kun under punkt 2 og 5.", "2")]
    public void Absence_from_some_items_is_partial(string body, string firstItem)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(ReplyIntent.Partial, reply.Intent);
        Assert.Equal(firstItem, reply.Partial?.Items[0]);
    }

    [Fact]
    public void A_subject_that_contradicts_the_text_is_unclear()
    {
        Assert.Equal(ReplyIntent.Unclear, TestMail.IntentOf("Jeg deltager gerne.", "Afbud"));
    }
}
