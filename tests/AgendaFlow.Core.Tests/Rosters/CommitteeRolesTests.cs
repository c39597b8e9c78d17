using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;
using AgendaFlow.Core.Uploads;

namespace AgendaFlow.Core.Tests.Rosters;

/// <summary>What a roster role makes a person: one list for chairs, secretariat and minute-takers.</summary>
public sealed class CommitteeRolesTests
{
    private static Roster RosterWith(string role, string email = "kim@kommune.example") =>
        Roster.Parse($"Navn;E-mail;Rolle\nKim Krogh;{email};{role}\nAnne Andersen;anne@kommune.example;medlem\n");

    [Theory]
    [InlineData("forperson")]
    [InlineData("Forperson")]
    [InlineData("formand")]
    [InlineData("forkvinde")]
    [InlineData("mødeleder")]
    [InlineData("næstformand")]
    [InlineData("medformand")]
    public void A_roster_chair_or_deputy_chair_who_mails_an_agenda_uploads_it_to_their_committee(string role)
    {
        var rosters = new[] { ("andet", RosterWith("medlem", "kim@kommune.example")), ("sundhed", RosterWith(role)) };

        Assert.Equal("sundhed", MailedAgenda.CommitteeOf("KIM@kommune.example", rosters));
    }

    [Theory]
    [InlineData("medlem")]
    [InlineData("sekretariat")]
    [InlineData("referent")]
    [InlineData("")]
    public void A_roster_member_without_a_chairs_role_cannot_upload_by_mail(string role) =>
        Assert.Null(MailedAgenda.CommitteeOf("kim@kommune.example", [("sundhed", RosterWith(role))]));

    [Fact]
    public void A_deputy_chair_may_upload_but_is_not_the_meetings_chair()
    {
        Assert.True(CommitteeRoles.MayUploadAgendas("næstformand"));
        Assert.False(CommitteeRoles.IsChair("næstformand"));
        Assert.True(CommitteeRoles.IsChair(" Forperson "));
    }

    [Fact]
    public void A_roster_secretary_is_the_committees_secretariat_and_holds_no_seat()
    {
        var roster = RosterWith("Sekretær", "sek@region.example");

        Assert.Equal("sek@region.example", roster.SecretariatAddress);
        Assert.False(SeatRoles.HoldsSeat(roster.Members[0]));
    }

    [Fact]
    public void The_minute_taker_holds_no_seat_and_a_chair_does()
    {
        Assert.False(SeatRoles.HoldsSeat(new Invitee("Rie Referent", null, Role: "Referent")));
        Assert.True(SeatRoles.HoldsSeat(new Invitee("Kim Krogh", null, Role: "forperson")));
    }
}
