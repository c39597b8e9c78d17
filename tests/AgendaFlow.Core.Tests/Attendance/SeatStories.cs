using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Tests.Attendance;

/// <summary>
/// The committee in the stories: six members, Ahmad Rahimi, Birgitte Holm, Carsten Lund, Dorte Krog, Eva Nielsen
/// and Ole Brandt; Lene Østergaard and Mads Vinther are people a member can send in their place.
/// </summary>
internal static class Committee
{
    public static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1));

    public static readonly Invitee Ahmad = new("Ahmad Rahimi", "ahmad.rahimi@region.example");
    public static readonly Invitee Birgitte = new("Birgitte Holm", "birgitte.holm@kommune.example");
    public static readonly Invitee Carsten = new("Carsten Lund", "carsten.lund@kommune.example");
    public static readonly Invitee Dorte = new("Dorte Krog", "dorte.krog@kommune.example");
    public static readonly Invitee Eva = new("Eva Nielsen", "eva.nielsen@praksis.example");
    public static readonly Invitee Ole = new("Ole Brandt", "ole.brandt@kommune.example");

    /// <summary>A stand-in as AgendaFlow adds them to the meeting when they are invited.</summary>
    public static readonly Invitee Lene = new("Lene Østergaard", "lene.oestergaard@region.example", Role: SeatRoles.StandIn);
    public static readonly Invitee Mads = new("Mads Vinther", "mads.vinther@region.example", Role: SeatRoles.StandIn);

    /// <summary>Six seats: all six on the agenda's Deltagere.</summary>
    public static Meeting SixSeats(params Invitee[] alsoInvited) =>
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Mødelokale 1", [Ahmad, Birgitte, Carsten, Dorte, Eva, Ole, .. alsoInvited], []);

    /// <summary>Six seats, of which the agenda lists Ole under Afbud (so he is not invited).</summary>
    public static Meeting FiveInvitedAndOleAfbud(params Invitee[] alsoInvited) =>
        SixSeats(alsoInvited) with
        {
            Participants = [Ahmad, Birgitte, Carsten, Dorte, Eva, .. alsoInvited],
            AbsentInAdvance = [new AbsentMember(Ole)],
        };

    public static AttendanceAnswer Says(Invitee who, AttendanceStatus status, int minute, Invitee? standIn = null) =>
        new(who.Key, status, Monday.AddMinutes(minute), AnswerChannel.Email, $"<{Guid.NewGuid()}@mail>", standIn);

    public static AttendanceAnswer Sends(Invitee member, Invitee standIn, int minute) => Says(member, AttendanceStatus.Substitute, minute, standIn);

    public static Seat SeatOf(AttendanceOverview overview, Invitee member) => overview.Seats.Single(s => s.Member.Key == member.Key);
}
