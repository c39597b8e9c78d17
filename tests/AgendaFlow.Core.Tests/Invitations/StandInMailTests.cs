using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using MimeKit;
using static AgendaFlow.Core.Tests.Attendance.Committee;

namespace AgendaFlow.Core.Tests.Invitations;

public sealed class StandInMailTests
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://agendaflow.region.example"));

    private static string Plain(MimeMessage message) =>
        message.BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "plain")).Text;

    [Fact]
    public void Lenes_invitation_says_she_takes_Ahmads_seat()
    {
        var invitation = new Invitation(SixSeats(Lene), Lene, new ReplyToken("abcdefghijklmnopqrst"), InvitationKind.Invitation, [], []) { Replaces = Ahmad };

        var mail = InvitationMail.Render(invitation, Settings, Monday);

        Assert.Contains("Du er inviteret som stedfortræder for Ahmad Rahimi til møde i Sundhedsstyregruppen.", Plain(mail));
        Assert.Contains("stedfortræder for Ahmad Rahimi", mail.HtmlBody);
        Assert.Equal("Lene Østergaard", ((MailboxAddress)mail.To.Single()).Name);
    }

    [Fact]
    public void Ahmad_is_told_that_Lene_was_invited()
    {
        var mail = StandInNotice.Invited(SixSeats(Lene), Ahmad, Lene, Settings, Monday);

        Assert.Equal(Ahmad.Email, ((MailboxAddress)mail.To.Single()).Address);
        Assert.StartsWith("Stedfortræder inviteret:", mail.Subject);
        Assert.Contains($"Lene Østergaard har fået en invitation til mødet i Sundhedsstyregruppen", Plain(mail));
    }

    [Fact]
    public void When_Lene_declines_Ahmad_and_the_secretariat_hear_that_the_seat_is_empty_again()
    {
        var secretariat = new Invitee("Sekretariatet", "sekretariat@region.example");

        var mail = StandInNotice.Declined(SixSeats(Lene), Ahmad, Lene, [Ahmad, secretariat], Settings, Monday);

        Assert.Equal([Ahmad.Email, secretariat.Email], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("Lene Østergaard har meldt fra som stedfortræder for Ahmad Rahimi", Plain(mail));
        Assert.Contains("plads er derfor tom igen", Plain(mail));
    }

    [Fact]
    public void Lenes_answer_page_says_whose_seat_she_fills_and_offers_no_stand_in_of_her_own()
    {
        var page = RsvpPage.Confirm(SixSeats(Lene), Lene, null, AttendanceStatus.NoAnswer, replaces: Ahmad);
        var memberPage = RsvpPage.Confirm(SixSeats(Lene), Ahmad, null, AttendanceStatus.NoAnswer);

        Assert.Contains("Du er inviteret som stedfortræder for Ahmad Rahimi", page);
        Assert.DoesNotContain("Jeg sender en stedfortræder", page);
        Assert.Contains("Jeg sender en stedfortræder", memberPage);
    }
}
