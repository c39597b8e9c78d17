using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Uploads;

/// <summary>
/// A mail to the agenda mailbox is an upload when its sender is a chair or deputy chair in a committee's roster
/// (<see cref="CommitteeRoles.MayUploadAgendas"/>) and it carries an agenda file (<see cref="AgendaFileTypes"/>).
/// </summary>
public static class MailedAgenda
{
    /// <summary>The committee whose roster lets <paramref name="sender"/> upload agendas; null when none does.</summary>
    public static string? CommitteeOf(string? sender, IEnumerable<(string Committee, Roster Roster)> rosters) =>
        sender is null
            ? null
            : rosters.FirstOrDefault(r => r.Roster.Members.Any(m =>
                string.Equals(m.Email, sender, StringComparison.OrdinalIgnoreCase) && CommitteeRoles.MayUploadAgendas(m.Role))).Committee;
}
