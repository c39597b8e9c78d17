using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Attendance;

/// <summary>Where a seat stands: filled by its member, empty with an afbud, filled by a stand-in, or not yet known.</summary>
public enum SeatStatus
{
    NoAnswer,
    Attending,
    Partial,
    Tentative,
    Absent,
    StandIn,
    Undeliverable,

    /// <summary>The member's mail could not be read by AgendaFlow and waits in the folder for manual handling.</summary>
    AwaitingManualHandling,

    /// <summary>A member on the committee's roster whom the agenda does not name: a seat nobody was invited to.</summary>
    NotInvited,
}

/// <summary>What the stand-in themself has said.</summary>
public enum StandInStatus
{
    NotAnswered,
    Confirmed,
    Declined,
}

/// <summary>Someone named to take a member's seat, and their own answer.</summary>
public sealed record StandInFor(Invitee Person, StandInStatus Status, AttendanceAnswer? Answer);

/// <summary>
/// One seat of the meeting: a member, where they stand, the answer that put them there, and the stand-in named for
/// them. A stand-in fills this seat and no other; they are never a seat of their own.
/// </summary>
/// <param name="AfbudInAdvance">The agenda itself lists the member under Afbud (and nothing they said since overrides it).</param>
/// <param name="StandIn">The stand-in named for the seat; kept after they decline, so the page can say so.</param>
public sealed record Seat(Invitee Member, SeatStatus Status, AttendanceAnswer? Answer, StandInFor? StandIn, bool AfbudInAdvance, bool Invited)
{
    /// <summary>Someone is expected in the seat: the member (in full or in part), or a stand-in who has not declined.</summary>
    public bool IsFilled => Status is SeatStatus.Attending or SeatStatus.Partial or SeatStatus.StandIn;

    /// <summary>What a summary compares with the last one to mark the seat as new.</summary>
    public string Mark => $"{Status}|{StandIn?.Person.Key}|{StandIn?.Status}";
}
