using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Attendance;

/// <summary>Which roles hold a seat. Guests, the secretariat and stand-ins take part without being members.</summary>
public static class SeatRoles
{
    /// <summary>The role AgendaFlow gives a stand-in it invites on a member's behalf.</summary>
    public const string StandIn = "stedfortræder";

    private static readonly string[] NotSeats = ["sekretariat", "sekretær", "referent", "gæst", "observatør", StandIn];

    public static bool HoldsSeat(Invitee person) =>
        person.Role is null || !NotSeats.Contains(person.Role.Trim().ToLowerInvariant());
}
