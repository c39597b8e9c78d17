using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Attendance;

/// <summary>
/// Who holds a seat at a meeting: the agenda's participants, those it lists under Afbud, and the roster's members
/// the agenda does not name (seats nobody was invited to). Each person once, matched by address or name.
/// </summary>
internal static class SeatList
{
    public sealed record Member(Invitee Invitee, bool Invited, AbsentMember? AbsentInAdvance);

    public static IReadOnlyList<Member> Of(Meeting meeting, Roster roster)
    {
        var members = meeting.Participants.Where(SeatRoles.HoldsSeat).Select(p => new Member(p, true, null)).ToList();
        foreach (var absent in meeting.AbsentInAdvance.Where(a => SeatRoles.HoldsSeat(a.Member)))
        {
            var index = members.FindIndex(m => PersonMatch.Same(m.Invitee, absent.Member));
            if (index >= 0)
            {
                members[index] = members[index] with { AbsentInAdvance = absent };
            }
            else
            {
                members.Add(new Member(absent.Member, false, absent));
            }
        }

        foreach (var rosterMember in roster.Members.Where(SeatRoles.HoldsSeat))
        {
            if (!members.Any(m => PersonMatch.Same(m.Invitee, rosterMember)))
            {
                members.Add(new Member(rosterMember, false, null));
            }
        }

        return members;
    }
}
