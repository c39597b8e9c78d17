using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Replies in the many ways people phrase them: each must read as a person would read it.</summary>
public class PhrasingTests
{
    [Theory]
    [InlineData("SV: Indkaldelse", "Jeg deltager gerne.")]
    [InlineData("SV: Indkaldelse", "Tak for invitationen. Jeg kommer.")]
    [InlineData("SV: Indkaldelse", "Tak for din mail. Jeg deltager.\n\nMvh\nTest")]
    [InlineData("SV: Indkaldelse", "Jeg kan godt komme.")]
    [InlineData("Re: Invitation", "I'll be there.")]
    [InlineData("Re: Invitation", "Thanks, I will attend.")]
    [InlineData("Re: Invitation", "Happy to join!")]
    [InlineData("SV: Indkaldelse", "Jeg takker ja til invitationen.")]
    [InlineData("SV: Indkaldelse", "Det passer fint, jeg deltager.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager via Teams.")]
    [InlineData("SV: Indkaldelse", "Jeg kan alligevel godt deltage.")]
    [InlineData("SV: Indkaldelse", "Jeg kommer alligevel.")]
    [InlineData("Deltager", "")]
    [InlineData("SV: Indkaldelse", "Ja.")]
    [InlineData("SV: Indkaldelse", "Hej Sekretariat\n\nJeg deltager selvfølgelig.\n\nVenlig hilsen\nTest Person\nChefkonsulent | Afdeling for deltagelse og afbud\nTlf. 1234\n\nFra: Sekretariatet\nSendt: 26. august\nTil: Test\nEmne: Indkaldelse\n\nMeld afbud senest fredag.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager\n\n-----Oprindelig meddelelse-----\nFra: Sekretariatet\nSendt: 26. august\nEmne: Indkaldelse\nKan du ikke deltage, så meld afbud.")]
    [InlineData("SV: Indkaldelse", "Jeg kommer.\n\nSendt fra min iPhone\n\n> Den 26. aug. 2019 kl. 10.15 skrev Sekretariatet <agenda@agendaflow.example>:\n> Meld afbud.")]
    [InlineData("SV: Indkaldelse", "Deltager.\n\nMed venlig hilsen\n\nTest Person\nKonsulent\n\nRegion Midtjylland\nDenne mail kan indeholde ...")]
    [InlineData("SV: Indkaldelse", "Ja tak, jeg deltager gerne. Kan jeg deltage via Teams?")]
    [InlineData("SV: Indkaldelse", "Jeg er med.")]
    [InlineData("SV: Indkaldelse", "JEG DELTAGER")]
    [InlineData("SV: Indkaldelse", "Jeg har taget imod invitationen og deltager.")]
    [InlineData("Re: Invitation", "Yes, I will be attending.")]
    [InlineData("Re: Invitation", "Looking forward to seeing you all.")]
    [InlineData("SV: Indkaldelse", "Jeg kan desværre ikke deltage fysisk, men deltager online.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager.\n\nSekretariatet <agenda@agendaflow.example> skrev den 26. aug. 2019 10.15:\n\nKan du ikke deltage, så meld afbud.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager, og Peter Hansen kommer også.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager og har en kommentar til punkt 4.")]
    [InlineData("SV: Indkaldelse", "Det er ikke noget problem, jeg deltager.")]
    [InlineData("SV: Indkaldelse", "Det er ikke noget problem at deltage.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager, men vender tilbage angående frokost.")]
    [InlineData("Re: Invitation", "No problem, I will attend.")]
    [InlineData("SV: Indkaldelse", "Tak, jeg kommer gerne.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager i mødet.")]
    [InlineData("SV: Indkaldelse", "Jeg kan sagtens deltage.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager gerne – vi ses fredag.")]
    [InlineData("SV: Indkaldelse", "Jeg er tilmeldt.")]
    [InlineData("SV: Indkaldelse", "Selvfølgelig deltager jeg.")]
    [InlineData("SV: Indkaldelse", "Det passer mig fint. Jeg kommer.")]
    [InlineData("Re: Invitation", "Sounds good, I'll join.")]
    [InlineData("Re: Invitation", "I plan to attend.")]
    [InlineData("Re: Invitation", "I confirm my attendance.")]
    [InlineData("Re: Invitation", "Accepted.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager (online).")]
    public void A_yes_phrased_in_many_ways_is_attending(string subject, string body)
    {
        Assert.Equal(ReplyIntent.Attending, TestMail.IntentOf(body, subject));
    }

    [Theory]
    [InlineData("SV: Indkaldelse", "Jeg har desværre fået forfald.")]
    [InlineData("SV: Indkaldelse", "Det kan jeg desværre ikke.")]
    [InlineData("SV: Indkaldelse", "Kan ikke komme.")]
    [InlineData("SV: Indkaldelse", "Jeg må desværre takke nej.")]
    [InlineData("SV: Indkaldelse", "Jeg er på ferie den uge.")]
    [InlineData("SV: Indkaldelse", "Jeg når det desværre ikke.")]
    [InlineData("Re: Invitation", "Sorry, I can't make it.")]
    [InlineData("Re: Invitation", "I will not be attending.")]
    [InlineData("Re: Invitation", "Regrettably I'm unable to attend.")]
    [InlineData("Re: Invitation", "I have to decline.")]
    [InlineData("SV: Indkaldelse", "Jeg melder hermed afbud grundet sygdom.")]
    [InlineData("SV: Indkaldelse", "Desværre.")]
    [InlineData("SV: Indkaldelse", "Jeg er optaget den dag.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager alligevel ikke.")]
    [InlineData("SV: Indkaldelse", "Jeg sagde ja, men jeg kan alligevel ikke deltage.")]
    [InlineData("SV: Indkaldelse", "Hej\n\nJeg er forhindret.\n\nMvh Test")]
    [InlineData("Afbud", "")]
    [InlineData("Afbud: Klyngestyregruppemøde", "")]
    [InlineData("SV: Indkaldelse", "Nej, desværre.")]
    [InlineData("SV: Indkaldelse", "Kære sekretariat,\nJeg må desværre melde afbud til mødet pga. en konference.\nBedste hilsner\nTest")]
    [InlineData("Re: Invitation", "I'm afraid I cannot attend.\n\nOn Mon, 26 Aug 2019 at 10:15, Sekretariatet <agenda@agendaflow.example> wrote:\n> Please reply \"attending\" or \"afbud\".")]
    [InlineData("SV: Indkaldelse", "Jeg kan ikke deltage i mødet.\n\nDenne e-mail kan indeholde fortrolige oplysninger. Deltager du ikke...")]
    [InlineData("SV: Indkaldelse", "Jeg er ikke i stand til at deltage.")]
    [InlineData("SV: Indkaldelse", "Jeg er sygemeldt.")]
    [InlineData("SV: Indkaldelse", "Jeg har desværre ikke mulighed for at komme.")]
    [InlineData("SV: Indkaldelse", "Jeg må melde fra.")]
    [InlineData("SV: Indkaldelse", "jeg deltager ikke")]
    [InlineData("SV: Indkaldelse", "Kan desværre ikke deltage på fredag.")]
    [InlineData("SV: Indkaldelse", "Jeg kommer ikke til mødet den 30. august.")]
    [InlineData("Re: Invitation", "Unfortunately, I will be away on that day.")]
    [InlineData("Re: Invitation", "No, sorry.")]
    [InlineData("SV: Indkaldelse", "Jeg kan ikke deltage, og Peter Hansen deltager heller ikke.")]
    [InlineData("SV: Indkaldelse", "Jeg kan ikke deltage. Tidspunktet passer ikke for mig.")]
    [InlineData("SV: Indkaldelse", "Jeg kan desværre ikke deltage, men vender tilbage med en stedfortræder.")]
    [InlineData("SV: Indkaldelse", "Jeg er desværre forhindret den 30. august.")]
    [InlineData("SV: Indkaldelse", "Jeg har desværre en anden aftale.")]
    [InlineData("SV: Indkaldelse", "Jeg må desværre sige nej til mødet.")]
    [InlineData("SV: Indkaldelse", "Jeg ser mig desværre ikke i stand til at deltage.")]
    [InlineData("SV: Indkaldelse", "Jeg bliver nødt til at melde afbud.")]
    [InlineData("SV: Indkaldelse", "Desværre kan jeg ikke komme.")]
    [InlineData("SV: Indkaldelse", "Jeg kommer desværre ikke.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager ikke i mødet den 30. august.")]
    [InlineData("SV: Indkaldelse", "Det bliver uden mig denne gang.")]
    [InlineData("Re: Invitation", "I won't make it, sorry.")]
    [InlineData("Re: Invitation", "I'm not able to attend.")]
    [InlineData("Re: Invitation", "I'll have to miss this one.")]
    [InlineData("Re: Invitation", "Count me out.")]
    [InlineData("Re: Invitation", "Unfortunately I'm not available.")]
    [InlineData("SV: Indkaldelse", "Jeg har ikke mulighed for at deltage.")]
    [InlineData("SV: Indkaldelse", "Jeg er ikke til rådighed den dag.")]
    [InlineData("SV: Indkaldelse", "Jeg kan desværre ikke nå det.")]
    public void A_no_phrased_in_many_ways_is_absent(string subject, string body)
    {
        Assert.Equal(ReplyIntent.Absent, TestMail.IntentOf(body, subject));
    }

    [Theory]
    [InlineData("SV: Indkaldelse", "Jeg må gå kl. 12.")]
    [InlineData("SV: Indkaldelse", "Jeg kommer ca. en halv time for sent.")]
    [InlineData("SV: Indkaldelse", "Jeg kan først komme kl. 11.")]
    [InlineData("SV: Indkaldelse", "Jeg kan være med fra kl. 11.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager kun i punkt 3.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager, men skal gå kl. 13.")]
    [InlineData("SV: Indkaldelse", "Jeg kommer efter frokost.")]
    [InlineData("Re: Invitation", "I'll join late, around 11.")]
    [InlineData("Re: Invitation", "I can only stay until 12.")]
    [InlineData("SV: Indkaldelse", "Jeg kan kun deltage den første time.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager gerne, men bliver nødt til at gå kl. 12.30.")]
    [InlineData("SV: Indkaldelse", "Jeg kan kun deltage i formiddagens punkter.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager under punkt 1-4, derefter skal jeg videre.")]
    [InlineData("SV: Indkaldelse", "Jeg støder til kl. 12.")]
    [InlineData("SV: Indkaldelse", "Jeg er forsinket pga. et andet møde og er der ca. 10.45.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager ikke i punkt 4.")]
    [InlineData("SV: Indkaldelse", "Jeg kommer til punkt 2 og 3.")]
    [InlineData("SV: Indkaldelse", "Jeg kommer, men må desværre gå før tid.")]
    [InlineData("SV: Indkaldelse", "Jeg kan være med til kl. 12.")]
    [InlineData("SV: Indkaldelse", "Jeg har et andet møde og kommer derfor en time senere.")]
    [InlineData("Re: Invitation", "I can only make the first hour.")]
    [InlineData("Re: Invitation", "I'll be there from 11:00.")]
    [InlineData("Re: Invitation", "I need to leave at 13:00.")]
    public void Part_of_the_meeting_phrased_in_many_ways_is_partial(string subject, string body)
    {
        Assert.Equal(ReplyIntent.Partial, TestMail.IntentOf(body, subject));
    }

    [Theory]
    [InlineData("SV: Indkaldelse", "Jeg deltager måske.")]
    [InlineData("SV: Indkaldelse", "Jeg ved ikke om jeg kan deltage endnu.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager hvis jeg kan nå det.")]
    [InlineData("Re: Invitation", "I might be able to join.")]
    [InlineData("Re: Invitation", "Not sure yet, will confirm later.")]
    [InlineData("SV: Indkaldelse", "Jeg er endnu ikke sikker på, om jeg kan komme.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager med forbehold for ændringer.")]
    [InlineData("SV: Indkaldelse", "Jeg skal lige tjekke kalenderen og vender tilbage.")]
    [InlineData("Re: Invitation", "I'll check my calendar and get back to you.")]
    [InlineData("SV: Indkaldelse", "Jeg deltager sandsynligvis.")]
    [InlineData("SV: Indkaldelse", "Det er endnu usikkert, om jeg kan komme.")]
    [InlineData("Re: Invitation", "Possibly, depends on another meeting.")]
    public void Doubt_phrased_in_many_ways_is_tentative(string subject, string body)
    {
        Assert.Equal(ReplyIntent.Tentative, TestMail.IntentOf(body, subject));
    }

    [Theory]
    [InlineData("SV: Indkaldelse", "Hvornår starter mødet?")]
    [InlineData("SV: Indkaldelse", "Tak for invitationen.")]
    [InlineData("SV: Indkaldelse", "Er der forplejning?\n\nMvh Test")]
    [InlineData("SV: Indkaldelse", "Kan du sende bilagene igen?")]
    [InlineData("Re: Invitation", "Could you send me the agenda again?")]
    [InlineData("SV: Indkaldelse", "Hvor skal vi mødes?")]
    [InlineData("SV: Indkaldelse", "Jeg har vedhæftet mine bemærkninger til punkt 3.")]
    [InlineData("Re: Invitation", "Where is the meeting room?")]
    public void A_reply_without_an_answer_is_unclear(string subject, string body)
    {
        Assert.Equal(ReplyIntent.Unclear, TestMail.IntentOf(body, subject));
    }

    [Theory]
    [InlineData("SV: Indkaldelse", "Tak for din mail. Jeg er på ferie og læser ikke mails før 2. september.")]
    [InlineData("Re: Invitation", "I am out of the office until Monday with limited access to email.")]
    public void An_out_of_office_text_without_headers_is_an_auto_reply(string subject, string body)
    {
        Assert.Equal(ReplyIntent.AutoReply, TestMail.IntentOf(body, subject));
    }

    [Theory]
    [InlineData("Jeg kan ikke deltage. Lars Nielsen deltager i stedet.", "Lars Nielsen")]
    [InlineData("Min stedfortræder Lars Nielsen (lars@rm.example) deltager.", "Lars Nielsen")]
    [InlineData("Jeg er forhindret, men min suppleant Lars Nielsen kommer.", "Lars Nielsen")]
    [InlineData("Lars Nielsen kommer på mine vegne.", "Lars Nielsen")]
    [InlineData("Afbud. I stedet deltager Lars Nielsen.", "Lars Nielsen")]
    [InlineData("Jeg har bedt Lars Nielsen om at deltage i stedet for mig.", "Lars Nielsen")]
    [InlineData("Jeg sender Lars Nielsen i stedet.", "Lars Nielsen")]
    [InlineData("Jeg kan desværre ikke, men min kollega Lars Nielsen deltager i stedet.", "Lars Nielsen")]
    [InlineData("I can't attend, Lars Nielsen will come instead.", "Lars Nielsen")]
    [InlineData("My substitute Lars Nielsen <lars@rm.example> will attend.", "Lars Nielsen")]
    [InlineData("Jeg deltager ikke, men Lars Nielsen, lars@rm.example, deltager som min stedfortræder.", "Lars Nielsen")]
    [InlineData("Anne-Marie Østergaard deltager i stedet for mig.", "Anne-Marie Østergaard")]
    [InlineData("Jeg har bedt min stedfortræder Lars Nielsen om at deltage.", "Lars Nielsen")]
    [InlineData("Hej\n\nJeg er desværre forhindret, men har bedt Birgit Holm om at deltage på mine vegne.\nHun kan kontaktes på birgit.holm@rm.example.\n\nMvh\nTest", "Birgit Holm")]
    [InlineData("Jeg kan ikke komme.\nMin stedfortræder er Ole Bach.", "Ole Bach")]
    [InlineData("Jeg kan ikke komme. Ole Bach tager min plads.", "Ole Bach")]
    [InlineData("Ole Bach deltager for mig.", "Ole Bach")]
    [InlineData("Jeg er forhindret – Ole Bach fra Skive Kommune deltager i stedet.", "Ole Bach")]
    [InlineData("Jeg kan ikke deltage. Min stedfortræder bliver Peter Hansen.", "Peter Hansen")]
    [InlineData("Jeg kan ikke deltage. Peter Hansen deltager.", "Peter Hansen")]
    [InlineData("Afbud fra mig, men Peter Hansen (ph@rm.example) kommer.", "Peter Hansen")]
    [InlineData("I stedet for mig kommer min kollega Peter Hansen.", "Peter Hansen")]
    [InlineData("Jeg har bedt Mads Kjær om at tage mødet for mig.", "Mads Kjær")]
    [InlineData("Mads Kjær dækker mødet for mig.", "Mads Kjær")]
    [InlineData("I've asked Mads Kjær to attend on my behalf.", "Mads Kjær")]
    [InlineData("Mads Kjær will be attending instead of me.", "Mads Kjær")]
    [InlineData("Jeg deltager ikke selv, men Mads Kjær deltager for Region Midtjylland.", "Mads Kjær")]
    public void A_stand_in_phrased_in_many_ways_is_a_substitute(string body, string name)
    {
        var reply = TestMail.Interpret(TestMail.Reply(body));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal(name, reply.Substitute?.Name);
    }
}
