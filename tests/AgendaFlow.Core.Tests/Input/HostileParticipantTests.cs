using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;
using Ical.Net;

namespace AgendaFlow.Core.Tests.Input;

/// <summary>Outside text that reaches a meeting, its mail and its calendar file adds nothing to them.</summary>
public sealed class HostileParticipantTests
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://agendaflow.region.example"));
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static AgendaDocument Agenda(params Person[] participants) =>
        new(DocumentKind.Agenda, "Sundhedsstyregruppen", new DateOnly(2026, 12, 10), new TimeOnly(13, 0), new TimeOnly(15, 0),
            "Regionshuset", [], [], participants, [], [], []);

    [Fact]
    public void A_participant_whose_address_is_a_list_is_kept_without_an_address_and_the_others_are_invited()
    {
        var document = Agenda(
            new Person("Per Hansen", Email: "per@example.com, boss@evil.example"),
            new Person("Anne Holm", Email: "anne@example.com"));

        var (meeting, _) = MeetingFromAgenda.Map(document, "sundhed", Roster.Empty);

        Assert.Null(meeting!.Participants.Single(p => p.Name == "Per Hansen").Email);
        var plan = InvitationPlan.For(null, meeting);
        Assert.Equal(["anne@example.com"], plan.Select(m => m.Invitee.Email));
    }

    [Fact]
    public void A_roster_address_with_a_lone_carriage_return_is_never_stored()
    {
        var roster = Roster.Parse("Navn;E-mail\nPer Hansen;per@example.com\rBcc: boss@evil.example\n");
        var (meeting, _) = MeetingFromAgenda.Map(Agenda(new Person("Per Hansen"), new Person("Anne Holm", Email: "anne@example.com")), "sundhed", roster);

        Assert.DoesNotContain(meeting!.Participants, p => p.Email is { } e && e.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_stored_earlier_with_an_unusable_address_still_invites_everyone_else()
    {
        var (meeting, _) = MeetingFromAgenda.Map(Agenda(new Person("Anne Holm", Email: "anne@example.com")), "sundhed", Roster.Empty);
        var stored = meeting! with { Participants = [.. meeting.Participants, new Invitee("Per Hansen", "per@example.com, boss@evil.example")] };

        var plan = InvitationPlan.For(null, stored);

        Assert.Equal(["anne@example.com"], plan.Select(m => m.Invitee.Email));
    }

    [Fact]
    public void A_name_with_line_breaks_adds_no_attendee_to_the_calendar_invitation()
    {
        var evil = new Invitee("Ib Iversen\r\nATTENDEE;CN=Evil:mailto:evil@evil.example", "ib@example.com");
        var meeting = new Meeting(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed\r\nORGANIZER:mailto:evil@evil.example",
            "Møde\u000bSUMMARY:x", new DateOnly(2026, 12, 10), new TimeOnly(13, 0), null, "Sal 1\r\nLOCATION:Andet sted", [evil], []);

        var ics = CalendarInvite.Render(meeting, evil, InvitationKind.Invitation, Settings, Now);
        var calendar = Calendar.Load(ics)!;
        var calendarEvent = calendar.Events.Single();

        Assert.Single(calendarEvent.Attendees);
        Assert.Equal("mailto:ib@example.com", calendarEvent.Attendees[0].Value!.ToString());
        Assert.Equal("mailto:dagsorden@region.example", calendarEvent.Organizer!.Value!.ToString());
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        var lines = unfolded.Split("\r\n");
        Assert.Single(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("ORGANIZER", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("LOCATION", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("SUMMARY", StringComparison.Ordinal));
        Assert.DoesNotContain(ics, c => c is '\u000b');
    }
}
