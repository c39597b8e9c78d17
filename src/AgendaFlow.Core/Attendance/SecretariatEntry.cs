using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Attendance;

/// <summary>
/// An answer the secretariat records on its page (given by phone, in person, or in a mail waiting for manual
/// handling): for a seat of the meeting, with who recorded it. A waiting case it answers is closed with it.
/// </summary>
public sealed record SecretariatEntry(AttendanceAnswer Answer, Seat Seat, WaitingReply? Case)
{
    public const string Incomplete = "Svaret blev ikke registreret: vælg plads og svar, og skriv dit navn.";

    /// <summary>The entry the form describes, or a Danish reason it cannot be recorded.</summary>
    public static (SecretariatEntry? Entry, string? Error) From(
        AttendanceOverview overview, string? seatKey, string? answer, string? standInName, string? recordedBy, string? caseId, DateTimeOffset now, string reference)
    {
        var seat = overview.Seats.FirstOrDefault(s => string.Equals(s.Member.Key, seatKey, StringComparison.OrdinalIgnoreCase));
        var by = recordedBy?.Trim();
        if (seat is null || !Enum.TryParse<AttendanceStatus>(answer, out var status) || !Enum.IsDefined(status)
            || status is AttendanceStatus.NoAnswer or AttendanceStatus.Undeliverable || string.IsNullOrEmpty(by))
        {
            return (null, Incomplete);
        }

        WaitingReply? waiting = null;
        if (!string.IsNullOrEmpty(caseId) && (waiting = overview.Waiting.FirstOrDefault(w => w.Id == caseId)) is null)
        {
            return (null, "Sagen er allerede lukket, eller den findes ikke; svaret blev ikke registreret igen.");
        }

        var standIn = status == AttendanceStatus.Substitute && standInName?.Trim() is { Length: > 0 } name
            ? new Invitee(name, null, Role: SeatRoles.StandIn)
            : null;
        return (new SecretariatEntry(new AttendanceAnswer(seat.Member.Key, status, now, AnswerChannel.Secretariat, reference, standIn, by), seat, waiting), null);
    }
}
