using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Rosters;

/// <summary>
/// A committee's member list, <c>rosters/{committee}.csv</c>, kept by the secretariat: the addresses an agenda
/// often leaves out, the roles (formand) and, optionally, where the committee's summaries go.
/// Columns by header, in any order: Navn, E-mail, Rolle, Organisation, Titel; separated by ';' (as Danish Excel
/// saves CSV) or ','.
/// </summary>
public sealed class Roster
{
    private Roster(IReadOnlyList<Invitee> members) => Members = members;

    public static Roster Empty { get; } = new([]);

    public IReadOnlyList<Invitee> Members { get; }

    /// <summary>The committee's own secretariat: a member with the role "sekretariat" (or "sekretær") and an address.</summary>
    public string? SecretariatAddress =>
        Members.FirstOrDefault(m => m.Role is "sekretariat" or "sekretær" && m.Email is not null)?.Email;

    public static Roster Parse(string csv)
    {
        var lines = csv.Replace("\r\n", "\n").Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
        {
            return Empty;
        }

        var separator = lines[0].Count(c => c == ';') >= lines[0].Count(c => c == ',') ? ';' : ',';
        var header = lines[0].TrimStart('\uFEFF').Split(separator).Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(params string[] names) => header.FindIndex(h => names.Contains(h));
        var name = Column("navn", "name");
        var email = Column("e-mail", "email", "mail", "e-mailadresse");
        var role = Column("rolle", "role");
        var organisation = Column("organisation", "organization", "org");
        var title = Column("titel", "title", "stilling");
        if (name < 0)
        {
            throw new FormatException("Medlemslisten mangler kolonnen 'Navn'.");
        }

        var members = new List<Invitee>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(separator).Select(c => c.Trim().Trim('"').Trim()).ToList();
            string? Cell(int i) => i >= 0 && i < cells.Count && cells[i].Length > 0 ? cells[i] : null;
            if (Cell(name) is { } memberName)
            {
                members.Add(new Invitee(memberName, Cell(email), Cell(title), Cell(organisation), Cell(role)?.ToLowerInvariant()));
            }
        }

        return new Roster(members);
    }

    /// <summary>
    /// The document's participants completed from the roster: a participant named in both gets the roster's address
    /// and role where the document has none; roster members the document does not name are not added, because the
    /// agenda decides who is invited.
    /// </summary>
    public IReadOnlyList<Invitee> Complete(IEnumerable<Invitee> participants) =>
        participants.Select(p => Find(p) is { } member
            ? p with
            {
                Email = p.Email ?? member.Email,
                Role = p.Role ?? member.Role,
                Organisation = p.Organisation ?? member.Organisation,
                Title = p.Title ?? member.Title,
            }
            : p).ToList();

    private Invitee? Find(Invitee participant) =>
        Members.FirstOrDefault(m => participant.Email is not null && string.Equals(m.Email, participant.Email, StringComparison.OrdinalIgnoreCase))
        ?? Members.FirstOrDefault(m => SameName(m.Name, participant.Name));

    private static bool SameName(string a, string b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize();
}
