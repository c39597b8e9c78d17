using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Attendance;

/// <summary>
/// The Danish words for a meeting's attendance before it is held, shared by the summary mail, its CSV and the
/// secretariat's page so they say the same. They describe what is expected, in words that cannot be mistaken for
/// the referat's record (that is <see cref="AttendanceSentence"/>, written after the meeting).
/// </summary>
public static class AttendanceText
{
    public static string Status(Seat seat) => seat.Status switch
    {
        SeatStatus.Attending => "Deltager",
        SeatStatus.Partial => "Deltager delvis",
        SeatStatus.Tentative => "Måske",
        SeatStatus.Absent when seat.AfbudInAdvance => "Afbud (i dagsordenen)",
        SeatStatus.Absent => "Afbud",
        SeatStatus.StandIn => "Stedfortræder",
        SeatStatus.Undeliverable => "Kunne ikke leveres",
        SeatStatus.AwaitingManualHandling => "Svar venter på manuel behandling",
        SeatStatus.NotInvited => "Ikke inviteret (står på medlemslisten)",
        _ => "Ikke svaret",
    };

    /// <summary>"Lene Østergaard (har bekræftet)", or empty when no stand-in is named.</summary>
    public static string StandIn(Seat seat) => seat.StandIn is { } s
        ? $"{s.Person.Name} ({StandInStatus(s.Status)})"
        : seat.Status == SeatStatus.StandIn ? "(navn ikke oplyst)" : "";

    public static string StandInStatus(StandInStatus status) => status switch
    {
        Attendance.StandInStatus.Confirmed => "har bekræftet",
        Attendance.StandInStatus.Declined => "har meldt fra",
        _ => "har ikke svaret",
    };

    public static string Channel(AnswerChannel channel) => channel switch
    {
        AnswerChannel.Email => "mail",
        AnswerChannel.Link => "link",
        AnswerChannel.Calendar => "kalender",
        _ => "sekretariatet",
    };

    /// <summary>"10-12-2026 09.15 (mail)", or "(sekretariatet, Karin)" for an answer typed in by the secretariat.</summary>
    public static string When(AttendanceAnswer? answer) => answer is { } a
        ? $"{CopenhagenTime.ToLocal(a.At):dd-MM-yyyy HH.mm} ({Channel(a.Channel)}{(a.RecordedBy is null ? "" : $", {a.RecordedBy}")})"
        : "";

    public static string When(Seat seat) => seat.AfbudInAdvance ? "i dagsordenen" : When(seat.Answer);

    /// <summary>The figures, in one order and one wording everywhere.</summary>
    public static IReadOnlyList<(string Label, int Value)> Figures(AttendanceCounts c)
    {
        var figures = new List<(string, int)>
        {
            ("Pladser", c.Seats),
            ("Forventet til stede", c.Present),
            ("Deltager", c.Attending),
            ("Deltager delvis", c.Partial),
            ("Stedfortræder", c.StandIns),
            ("Afbud", c.Absent),
            ("Måske", c.Tentative),
            ("Ikke svaret", c.NoAnswer),
            ("Venter på manuel behandling", c.Waiting),
        };
        if (c.Undeliverable > 0)
        {
            figures.Add(("Kunne ikke leveres", c.Undeliverable));
        }

        if (c.NotInvited > 0)
        {
            figures.Add(("Ikke inviteret", c.NotInvited));
        }

        return figures;
    }

    public static string CountsLine(AttendanceCounts c) => string.Join(" ", Figures(c).Select(f => $"{f.Label}: {f.Value}."));

    public static string QuorumLine(AttendanceOverview overview)
    {
        var c = overview.Counts;
        var unconfirmed = c.UnconfirmedStandIns > 0
            ? $" Heraf {c.UnconfirmedStandIns} {(c.UnconfirmedStandIns == 1 ? "stedfortræder" : "stedfortrædere")}, som ikke selv har bekræftet."
            : "";
        return (overview.IsQuorate ? "Beslutningsdygtigt efter svarene indtil nu" : "Endnu ikke beslutningsdygtigt efter svarene indtil nu") +
               $": {c.Present} af {c.Seats} pladser forventes besat; reglen er {overview.Quorum.Describe(c.Seats)}.{unconfirmed}";
    }

    /// <summary>
    /// Who is expected, by group, for the secretariat before the meeting: not the referat's sentence, which is only
    /// written from the final state after the meeting.
    /// </summary>
    public static IReadOnlyList<string> Expected(AttendanceOverview overview)
    {
        string Names(IEnumerable<Seat> seats) => DanishText.JoinList(seats.Select(s => s.Member.Name).ToList());
        var lines = new List<string>();
        void Add(string label, IEnumerable<Seat> seats, Func<IEnumerable<Seat>, string>? names = null)
        {
            var list = seats.ToList();
            if (list.Count > 0)
            {
                lines.Add($"{label}: {(names ?? Names)(list)}.");
            }
        }

        Add("Har meldt, at de deltager", overview.Seats.Where(s => s.Status is SeatStatus.Attending or SeatStatus.Partial));
        Add("Sender stedfortræder", overview.With(SeatStatus.StandIn),
            seats => DanishText.JoinList(seats.Select(s => $"{s.Member.Name} ({(s.StandIn is { } x ? $"{x.Person.Name}, {StandInStatus(x.Status)}" : "navn ikke oplyst")})").ToList()));
        Add("Har meldt afbud", overview.With(SeatStatus.Absent));
        Add("Måske", overview.With(SeatStatus.Tentative));
        Add("Har ikke svaret", overview.Seats.Where(s => s.Status is SeatStatus.NoAnswer or SeatStatus.Undeliverable));
        Add("Svar venter på manuel behandling", overview.With(SeatStatus.AwaitingManualHandling));
        Add("Står på medlemslisten, men er ikke inviteret", overview.With(SeatStatus.NotInvited));
        return lines;
    }

    /// <summary>The heading of <see cref="Expected"/>, saying what it is not.</summary>
    public const string ExpectedHeading = "Forventet fremmøde (før mødet, ikke til referatet)";
}
