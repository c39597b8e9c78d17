using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Attendance;

/// <summary>
/// An answer the secretariat records on its page (given by phone, in person, or in a mail waiting for manual
/// handling): for a seat of the meeting, with who recorded it. A waiting case it answers is closed with it.
/// </summary>
public sealed record SecretariatEntry(AttendanceAnswer Answer, Seat Seat, WaitingReply? Case)
{
    public const string Incomplete = "Svaret blev ikke registreret: vælg plads og svar, og skriv dit navn.";

    /// <summary>
    /// The form's answers by the names it sends. Only these names: <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/>
    /// would also take numbers (<c>svar=6</c> for "undeliverable") and any case.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, AttendanceStatus> Answers = new Dictionary<string, AttendanceStatus>(StringComparer.Ordinal)
    {
        ["Attending"] = AttendanceStatus.Attending,
        ["Absent"] = AttendanceStatus.Absent,
        ["Substitute"] = AttendanceStatus.Substitute,
        ["Partial"] = AttendanceStatus.Partial,
        ["Tentative"] = AttendanceStatus.Tentative,
    };

    /// <summary>The entry the form describes, or a Danish reason it cannot be recorded.</summary>
    public static (SecretariatEntry? Entry, string? Error) From(
        AttendanceOverview overview, string? seatKey, string? answer, string? standInName, string? recordedBy, string? caseId, DateTimeOffset now, string reference)
    {
        var seat = overview.Seats.FirstOrDefault(s => string.Equals(s.Member.Key, seatKey, StringComparison.OrdinalIgnoreCase));
        var by = recordedBy?.Trim();
        if (!string.IsNullOrEmpty(answer) && !Answers.ContainsKey(answer))
        {
            return (null, "Svaret blev ikke registreret: feltet »svar« har en værdi, formularen ikke kender. Vælg et svar på listen.");
        }

        if (seat is null || answer is null || !Answers.TryGetValue(answer, out var status) || string.IsNullOrEmpty(by))
        {
            return (null, Incomplete);
        }

        if (!Input.PersonName.TryCreate(by, out _, out var byRefusal))
        {
            return (null, $"Svaret blev ikke registreret: feltet »af«: {byRefusal!.Reason}");
        }

        Input.PersonName? standInPerson = null;
        if (status == AttendanceStatus.Substitute && !string.IsNullOrWhiteSpace(standInName)
            && !Input.PersonName.TryCreate(standInName, out standInPerson, out var standInRefusal))
        {
            return (null, $"Svaret blev ikke registreret: feltet »stedfortraeder«: {standInRefusal!.Reason}");
        }

        WaitingReply? waiting = null;
        if (!string.IsNullOrEmpty(caseId) && (waiting = overview.Waiting.FirstOrDefault(w => w.Id == caseId)) is null)
        {
            return (null, "Sagen er allerede lukket, eller den findes ikke; svaret blev ikke registreret igen.");
        }

        var standIn = standInPerson is not null ? new Invitee(standInPerson.Value, null, Role: SeatRoles.StandIn) : null;
        return (new SecretariatEntry(new AttendanceAnswer(seat.Member.Key, status, now, AnswerChannel.Secretariat, reference, standIn, by), seat, waiting), null);
    }
}
