using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Input;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Meetings;

/// <summary>Turns a parsed agenda into the meeting AgendaFlow invites to, or says in Danish why it cannot.</summary>
public static class MeetingFromAgenda
{
    private static readonly System.Text.RegularExpressions.Regex CancelledMark = new(
        @"\(?\baflyst\b\)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public const string NoDateReason =
        "Dagsordenen har ingen mødedato, som kan læses. Skriv datoen i toppen af dokumentet, fx \"Torsdag den 10. december 2026 kl. 13.00–15.30\", og upload den igen.";

    public const string NoParticipantsReason =
        "Dagsordenen nævner ingen deltagere. Skriv dem under \"Deltagere:\" i toppen af dokumentet, eller læg en medlemsliste for udvalget, og upload den igen.";

    /// <param name="committee">The committee from the upload's folder; null for a flat upload, where the title names it.</param>
    public static (Meeting? Meeting, string? Reason) Map(AgendaDocument document, string? committee, Roster roster)
    {
        if (document.Date is not { } date)
        {
            return (null, NoDateReason);
        }

        var people = document.Participants
            .Select(p => new Invitee(p.Name, p.Email, p.Title, p.Organisation, p.Role))
            .Concat(document.Chairs.Select(c => new Invitee(c, null, Role: Rosters.CommitteeRoles.Chair)))
            .Select(Usable)
            .DistinctBy(p => p.Name.Trim(), StringComparer.OrdinalIgnoreCase);
        // Afbud given in the agenda itself: a seat with its answer already in, and nobody to invite.
        var absent = document.Absent
            .Where(a => a.SentApologies)
            .Select(a => new AbsentMember(roster.Complete([new Invitee(a.Name, a.Email, a.Title, a.Organisation)])[0], a.Substitute))
            .DistinctBy(a => PersonMatch.Normalise(a.Member.Name), StringComparer.OrdinalIgnoreCase)
            .ToList();
        var participants = roster.Complete(people)
            .Select(Usable)
            .Where(p => !absent.Any(a => PersonMatch.Same(a.Member, p)))
            .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (participants.Count == 0)
        {
            return (null, NoParticipantsReason);
        }

        // A chair cancels by uploading the agenda again with "AFLYST" in the title.
        var cancelled = CancelledMark.IsMatch(document.Title);
        var title = cancelled ? CancelledMark.Replace(document.Title, " ").Trim(' ', ':', '-', '–') : document.Title;
        var name = committee ?? title;
        var meeting = new Meeting(
            MeetingId.For(name, date),
            name,
            title,
            date,
            document.Start,
            document.End,
            document.Location,
            participants,
            document.Items.Select(i => new AgendaLine(i.Number, i.Title, i.Start, i.End, i.Presenters)).ToList())
        {
            IsCancelled = cancelled,
            AbsentInAdvance = absent,
            Breaks = document.Breaks,
        };
        return (meeting, null);
    }

    /// <summary>
    /// A participant as a meeting may store them: an address that is not exactly one mailbox is dropped (the
    /// participant then shows as one without an address, and everyone else is still invited), and a name is one
    /// line of text.
    /// </summary>
    private static Invitee Usable(Invitee person) => person with
    {
        Name = UnsafeCharacters.Blank(person.Name).Trim(),
        Email = ParticipantAddress.TryCreate(person.Email)?.Value,
    };
}
