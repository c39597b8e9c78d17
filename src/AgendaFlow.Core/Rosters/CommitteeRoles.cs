namespace AgendaFlow.Core.Rosters;

/// <summary>
/// What a role (a roster row's <c>Rolle</c>, or the role the agenda gives a participant) makes a person: the one
/// list of chair, secretariat and minute-taker roles that every function asks. Roles are compared trimmed and in
/// lower case, as people write them in Excel.
/// </summary>
public static class CommitteeRoles
{
    /// <summary>The role AgendaFlow gives the agenda's own Mødeleder/Formand line.</summary>
    public const string Chair = "formand";

    /// <summary>Who leads the meeting: the referat's mødeleder, and who gets the chair's receipt and check.</summary>
    private static readonly string[] Chairs = [Chair, "forperson", "forkvinde", "mødeleder"];

    /// <summary>Who stands in for the chair: may mail agendas in too, but is not the meeting's mødeleder.</summary>
    private static readonly string[] DeputyChairs = ["næstformand", "medformand"];

    private static readonly string[] Secretariats = ["sekretariat", "sekretær"];

    private static readonly string[] MinuteTakers = ["referent"];

    public static bool IsChair(string? role) => Is(role, Chairs);

    /// <summary>A chair or a deputy chair: may upload an agenda by mailing it to the agenda mailbox.</summary>
    public static bool MayUploadAgendas(string? role) => IsChair(role) || Is(role, DeputyChairs);

    /// <summary>Gets the attendance summaries and the referat drafts.</summary>
    public static bool IsSecretariat(string? role) => Is(role, Secretariats);

    /// <summary>Writes the referat: gets its draft.</summary>
    public static bool IsMinuteTaker(string? role) => Is(role, MinuteTakers);

    private static bool Is(string? role, string[] roles) =>
        role is not null && roles.Contains(role.Trim().ToLowerInvariant(), StringComparer.Ordinal);
}
