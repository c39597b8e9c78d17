using System.Globalization;
using System.Net.Mail;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Input;
using AgendaFlow.Core.Meetings;
using CsvHelper;
using CsvHelper.Configuration;

namespace AgendaFlow.Core.Rosters;

/// <summary>
/// A committee's member list, <c>rosters/{committee}.csv</c>, kept by the secretariat: the members (the meeting's
/// seats), the addresses an agenda often leaves out, the roles (formand, sekretariat), and optionally the
/// committee's display name and quorum rule in rows above the header (see <see cref="RosterSettings"/>).
/// Columns by header, in any order: Navn, E-mail, Rolle, Organisation, Titel; separated by ';' (as Danish Excel
/// saves CSV) or ','; quoted fields may hold the separator; UTF-8 with or without BOM, or Excel's windows-1252.
/// A row that cannot be read is kept as a <see cref="RosterProblem"/> for the secretariat, never dropped silently.
/// </summary>
public sealed class Roster
{
    private Roster(IReadOnlyList<Invitee> members, IReadOnlyList<RosterProblem> problems, string? displayName, QuorumRule? quorum)
    {
        Members = members;
        Problems = problems;
        DisplayName = displayName;
        Quorum = quorum;
    }

    public static Roster Empty { get; } = new([], [], null, null);

    public IReadOnlyList<Invitee> Members { get; }

    /// <summary>Rows that could not be read as they stand; the secretariat is told in the summary and on its page.</summary>
    public IReadOnlyList<RosterProblem> Problems { get; }

    /// <summary>The committee's name as people write it ("Udvalg;Sundhedsstyregruppen"), if the roster gives one.</summary>
    public string? DisplayName { get; }

    /// <summary>The committee's own quorum rule ("Beslutningsdygtig;4"); null for the default, more than half.</summary>
    public QuorumRule? Quorum { get; }

    /// <summary>The committee's own secretariat: a member with a secretariat's role and an address.</summary>
    public string? SecretariatAddress =>
        Members.FirstOrDefault(m => CommitteeRoles.IsSecretariat(m.Role) && m.Email is not null)?.Email;

    /// <summary>Reads the file's bytes: UTF-8 (BOM or not), UTF-16 with BOM, or windows-1252 as Danish Excel saves it.</summary>
    public static Roster Read(ReadOnlySpan<byte> bytes) => Parse(TextDecoding.Decode(bytes));

    public static Roster Parse(string csv)
    {
        var rows = Rows(csv.TrimStart('\uFEFF'));
        var problems = rows.Problems;
        string? displayName = null;
        QuorumRule? quorum = null;
        var headerAt = rows.Records.FindIndex(r => r.Cells.Any(c => Column(c) is "navn" or "name"));
        if (headerAt < 0)
        {
            problems.Add(new RosterProblem(0, "Medlemslisten mangler en overskriftsrække med kolonnen »Navn«, så ingen medlemmer kunne læses."));
            return new Roster([], problems, null, null);
        }

        foreach (var (row, cells) in rows.Records.Take(headerAt))
        {
            var value = cells.Skip(1).FirstOrDefault(c => c.Length > 0) ?? "";
            if (RosterSettings.IsDisplayName(cells[0]) && value.Length > 0)
            {
                displayName = value;
            }
            else if (RosterSettings.IsQuorum(cells[0]) && RosterSettings.Quorum(value) is { } rule)
            {
                quorum = rule;
            }
            else
            {
                problems.Add(new RosterProblem(row, $"»{string.Join(";", cells)}« står over overskriften og er hverken »Udvalg;navn« eller »Beslutningsdygtig;antal«."));
            }
        }

        var header = rows.Records[headerAt].Cells.Select(Column).ToList();
        int Index(params string[] names) => header.FindIndex(names.Contains);
        var (name, email, role, organisation, title) = (Index("navn", "name"), Index("e-mail", "email", "mail", "e-mailadresse"),
            Index("rolle", "role"), Index("organisation", "organization", "org"), Index("titel", "title", "stilling"));
        var members = new List<Invitee>();
        foreach (var (row, cells) in rows.Records.Skip(headerAt + 1))
        {
            string? Cell(int i) => i >= 0 && i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
            // More fields than the header, or the address in another column than E-mail: the fields are shifted,
            // typically by a separator inside a name without quotes ("Jensen; Anne"). Guessing would be wrong.
            var shifted = email >= 0 && Cell(email) is { } notAddress && !LooksLikeAddress(notAddress)
                && cells.Where((c, i) => i != email).Any(LooksLikeAddress);
            if ((cells.Length > header.Count && cells.Skip(header.Count).Any(c => c.Length > 0)) || shifted)
            {
                problems.Add(new RosterProblem(row, $"»{string.Join(";", cells)}« har flere felter end overskriften. Står der et semikolon eller komma i et felt uden anførselstegn omkring?"));
                continue;
            }

            if (Cell(name) is not { } memberName)
            {
                problems.Add(new RosterProblem(row, $"»{string.Join(";", cells)}« har intet navn."));
                continue;
            }

            if (UnsafeCharacters.Any(memberName))
            {
                problems.Add(new RosterProblem(row, $"»{UnsafeCharacters.Blank(memberName)}« indeholder linjeskift eller andre kontroltegn; rækken er ikke læst."));
                continue;
            }

            // One mailbox only: a list, a group or a line break would add recipients or break every mail to the meeting.
            var written = Cell(email);
            var address = ParticipantAddress.TryCreate(written)?.Value;
            if (written is not null && address is null)
            {
                problems.Add(new RosterProblem(row, $"»{UnsafeCharacters.Blank(written)}« (for {memberName}) er ikke én e-mailadresse; medlemmet er med, men uden adresse."));
            }

            members.Add(new Invitee(memberName, address, Cell(title), Cell(organisation), Cell(role)?.ToLowerInvariant()));
        }

        return new Roster(members, problems, displayName, quorum);
    }

    /// <summary>The non-blank records with their line numbers, and the lines the CSV reader could not make sense of.</summary>
    private static (List<(int Row, string[] Cells)> Records, List<RosterProblem> Problems) Rows(string csv)
    {
        var records = new List<(int, string[])>();
        var problems = new List<RosterProblem>();
        var start = 1;
        var bad = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Separator(csv),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.Trim | TrimOptions.InsideQuotes,
            BadDataFound = args =>
            {
                bad = true;
                problems.Add(new RosterProblem(start, $"»{FirstLine(args.RawRecord)}« har et anførselstegn, der ikke står rigtigt (et felt med anførselstegn skal begynde og slutte med dem)."));
            },
        };
        using var parser = new CsvParser(new StringReader(csv), config);
        while (parser.Read())
        {
            // The fields first: the reader checks them (and reports bad data) only when they are read.
            var cells = parser.Record ?? [];
            var raw = parser.RawRecord;
            var row = start;
            start += Math.Max(1, raw.Count(c => c == '\n'));
            if (bad)
            {
                bad = false;
                continue;
            }

            if (cells.Any(c => c.Contains('\n')))
            {
                problems.Add(new RosterProblem(row, $"»{FirstLine(raw)}«: et anførselstegn lukkes ikke, så rækkerne fra {row} til {start - 1} løber sammen og kan ikke læses."));
                continue;
            }

            if (cells.Any(c => c.Length > 0))
            {
                records.Add((row, cells.Select(c => c.Trim()).ToArray()));
            }
        }

        return (records, problems);
    }

    /// <summary>
    /// The separator of the header line (the first that names a column "Navn", else the first line): semicolon as
    /// Danish Excel saves, comma, or tab, whichever that line has most of.
    /// </summary>
    private static string Separator(string csv)
    {
        var lines = csv.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var header = lines.FirstOrDefault(l => l.Contains("navn", StringComparison.OrdinalIgnoreCase) || l.Contains("name", StringComparison.OrdinalIgnoreCase))
                     ?? lines.FirstOrDefault() ?? "";
        return new[] { ";", ",", "\t" }.OrderByDescending(s => header.Count(c => c == s[0])).First();
    }

    private static bool LooksLikeAddress(string text) => text.Contains('@') && MailAddress.TryCreate(text, out _);

    private static string FirstLine(string raw) => raw.Split('\n')[0].Trim();

    private static string Column(string header) => header.Trim().ToLowerInvariant();

    /// <summary>
    /// The document's participants completed from the roster: a participant named in both gets the roster's address
    /// and role where the document has none; roster members the document does not name are not added, because the
    /// agenda decides who is invited (they are still seats, see <see cref="AttendanceOverview"/>).
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
        ?? Members.FirstOrDefault(m => string.Equals(PersonMatch.Normalise(m.Name), PersonMatch.Normalise(participant.Name), StringComparison.OrdinalIgnoreCase));
}
