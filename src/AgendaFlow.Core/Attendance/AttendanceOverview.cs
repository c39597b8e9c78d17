using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Attendance;

/// <summary>The figures every view of a meeting's attendance shows: the summary mail, its CSV, the page, the referat draft.</summary>
/// <param name="Present">Seats someone is expected in: members attending in full or in part, and stand-ins who have not declined.</param>
/// <param name="Waiting">Mails about this meeting waiting for manual handling (open cases, whoever sent them).</param>
public sealed record AttendanceCounts(
    int Seats,
    int Present,
    int Attending,
    int Partial,
    int Tentative,
    int Absent,
    int StandIns,
    int NoAnswer,
    int Waiting,
    int Undeliverable,
    int NotInvited,
    int UnconfirmedStandIns);

/// <summary>
/// The attendance of one meeting, counted over its seats: the agenda's members (those it lists under Afbud
/// included) and the roster's members where there is one; guests, the secretariat and stand-ins are not seats.
/// Built from the append-only answer history, where the latest answer per person wins and answers from people who
/// hold no seat and fill none are ignored. Every view of the meeting's attendance reads this one model.
/// </summary>
public sealed class AttendanceOverview
{
    private readonly IReadOnlyDictionary<string, AttendanceAnswer> _latest;

    private AttendanceOverview(Meeting meeting, IReadOnlyList<Seat> seats, IReadOnlyList<WaitingReply> waiting,
        Roster roster, IReadOnlyDictionary<string, AttendanceAnswer> latest)
    {
        Meeting = meeting;
        Roster = roster;
        Seats = seats;
        Waiting = waiting;
        _latest = latest;
    }

    public Meeting Meeting { get; }

    public IReadOnlyList<Seat> Seats { get; }

    /// <summary>Open cases of mail about this meeting that wait for a person, oldest first.</summary>
    public IReadOnlyList<WaitingReply> Waiting { get; }

    /// <summary>The committee's roster the seats were counted with (empty when it has none).</summary>
    public Roster Roster { get; }

    /// <summary>The committee's rule (from its roster), else more than half of the seats.</summary>
    public QuorumRule Quorum => Roster.Quorum ?? QuorumRule.MoreThanHalf;

    public bool IsQuorate => Quorum.IsMet(Counts.Present, Seats.Count);

    public AttendanceCounts Counts => new(
        Seats.Count,
        Seats.Count(s => s.IsFilled),
        Count(SeatStatus.Attending),
        Count(SeatStatus.Partial),
        Count(SeatStatus.Tentative),
        Count(SeatStatus.Absent),
        Count(SeatStatus.StandIn),
        Count(SeatStatus.NoAnswer),
        Waiting.Count,
        Count(SeatStatus.Undeliverable),
        Count(SeatStatus.NotInvited),
        Seats.Count(s => s.Status == SeatStatus.StandIn && s.StandIn is { Status: StandInStatus.NotAnswered }));

    /// <summary>Who a waiting mail came from, by name where the sender holds or fills a seat.</summary>
    public string SenderOf(WaitingReply reply)
    {
        var seat = Seats.FirstOrDefault(s => string.Equals(s.Member.Key, reply.ParticipantKey, StringComparison.OrdinalIgnoreCase));
        var standIn = Seats.Select(s => s.StandIn?.Person).FirstOrDefault(p => p is not null && string.Equals(p.Key, reply.ParticipantKey, StringComparison.OrdinalIgnoreCase));
        return seat is not null ? $"{seat.Member.Name} <{reply.Sender}>"
            : standIn is not null ? $"{standIn.Name} (stedfortræder) <{reply.Sender}>"
            : reply.Sender;
    }

    public IEnumerable<Seat> With(SeatStatus status) => Seats.Where(s => s.Status == status);

    /// <summary>The latest answer anyone (member or stand-in) gave, by their key.</summary>
    public AttendanceAnswer? LatestAnswerOf(string key) => _latest.GetValueOrDefault(key);

    /// <summary>The seat <paramref name="person"/> is the named stand-in for, if any.</summary>
    public Seat? SeatFilledBy(Invitee person) =>
        Seats.FirstOrDefault(s => s.StandIn is { } standIn && string.Equals(standIn.Person.Key, person.Key, StringComparison.OrdinalIgnoreCase));

    public static AttendanceOverview Of(
        Meeting meeting, IEnumerable<AttendanceAnswer> history, Roster? roster = null, IEnumerable<WaitingReply>? waiting = null)
    {
        // Chronological, and at the same moment in the order recorded.
        var answers = history.Select((answer, order) => (answer, order)).OrderBy(x => x.answer.At).ThenBy(x => x.order).Select(x => x.answer).ToList();
        var latest = new Dictionary<string, AttendanceAnswer>(StringComparer.OrdinalIgnoreCase);
        foreach (var answer in answers)
        {
            latest[answer.ParticipantKey] = answer;
        }

        var open = (waiting ?? []).Where(w => w.IsOpen && w.Meeting == meeting.Id).OrderBy(w => w.ReceivedAt).ToList();
        var seats = SeatList.Of(meeting, roster ?? Roster.Empty)
            .Select(member => SeatOf(member, answers, latest, open))
            .ToList();
        return new AttendanceOverview(meeting, seats, open, roster ?? Roster.Empty, latest);
    }

    private static Seat SeatOf(SeatList.Member member, List<AttendanceAnswer> answers, Dictionary<string, AttendanceAnswer> latest, List<WaitingReply> open)
    {
        var invitee = member.Invitee;
        if (!latest.TryGetValue(invitee.Key, out var answer))
        {
            if (member.AbsentInAdvance is { } absent)
            {
                return absent.StandInName is { } name
                    ? new Seat(invitee, SeatStatus.StandIn, null, new StandInFor(new Invitee(name, null, Role: SeatRoles.StandIn), StandInStatus.NotAnswered, null), true, false)
                    : new Seat(invitee, SeatStatus.Absent, null, null, true, false);
            }

            var status = !member.Invited ? SeatStatus.NotInvited
                : open.Any(w => string.Equals(w.ParticipantKey, invitee.Key, StringComparison.OrdinalIgnoreCase)) ? SeatStatus.AwaitingManualHandling
                : SeatStatus.NoAnswer;
            return new Seat(invitee, status, null, null, false, member.Invited);
        }

        if (answer.Status != AttendanceStatus.Substitute)
        {
            return new Seat(invitee, answer.Status switch
            {
                AttendanceStatus.Attending => SeatStatus.Attending,
                AttendanceStatus.Partial => SeatStatus.Partial,
                AttendanceStatus.Tentative => SeatStatus.Tentative,
                AttendanceStatus.Absent => SeatStatus.Absent,
                AttendanceStatus.Undeliverable => SeatStatus.Undeliverable,
                _ => SeatStatus.NoAnswer,
            }, answer, null, false, member.Invited);
        }

        if (answer.StandIn is not { } person)
        {
            return new Seat(invitee, SeatStatus.StandIn, answer, null, false, member.Invited);
        }

        var standIn = StandInOf(invitee, person, answers);
        return new Seat(invitee, standIn.Status == StandInStatus.Declined ? SeatStatus.Absent : SeatStatus.StandIn, answer, standIn, false, member.Invited);
    }

    /// <summary>
    /// What the stand-in said since they were named for this seat: naming the same person again keeps their answer,
    /// and an answer from before they were named (for an earlier meeting turn) does not count.
    /// </summary>
    private static StandInFor StandInOf(Invitee member, Invitee person, List<AttendanceAnswer> answers)
    {
        static bool Is(string key, Invitee who) => string.Equals(key, who.Key, StringComparison.OrdinalIgnoreCase);
        var memberAnswers = answers.Where(a => Is(a.ParticipantKey, member)).ToList();
        var since = memberAnswers.Count - 1;
        while (since > 0 && memberAnswers[since - 1] is { Status: AttendanceStatus.Substitute, StandIn: { } earlier } && Is(earlier.Key, person))
        {
            since--;
        }

        var named = answers.IndexOf(memberAnswers[since]);
        var own = answers.Skip(named + 1).LastOrDefault(a => Is(a.ParticipantKey, person));
        var status = own?.Status switch
        {
            AttendanceStatus.Attending or AttendanceStatus.Partial => StandInStatus.Confirmed,
            AttendanceStatus.Absent => StandInStatus.Declined,
            _ => StandInStatus.NotAnswered,
        };
        return new StandInFor(person, status, own);
    }

    private int Count(SeatStatus status) => Seats.Count(s => s.Status == status);
}
