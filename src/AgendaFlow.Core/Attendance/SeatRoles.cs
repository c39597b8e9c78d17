using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Attendance;

/// <summary>Which roles hold a seat. Guests, the secretariat and stand-ins take part without being members.</summary>
public static class SeatRoles
{
    /// <summary>The role AgendaFlow gives a stand-in it invites on a member's behalf.</summary>
    public const string StandIn = "stedfortræder";

    /// <summary>Take part without a seat, besides the secretariat and the minute-taker (<see cref="CommitteeRoles"/>).</summary>
    private static readonly string[] Visitors = ["gæst", "observatør", StandIn];

    public static bool HoldsSeat(Invitee person) =>
        person.Role is null
        || !(CommitteeRoles.IsSecretariat(person.Role) || CommitteeRoles.IsMinuteTaker(person.Role) || Visitors.Contains(person.Role.Trim().ToLowerInvariant()));
}
