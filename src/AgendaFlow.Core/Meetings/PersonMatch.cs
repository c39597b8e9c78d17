namespace AgendaFlow.Core.Meetings;

/// <summary>When two mentions of a person are the same person: the same address, or the same name written alike.</summary>
public static class PersonMatch
{
    public static bool Same(Invitee a, Invitee b) =>
        (a.Email is not null && string.Equals(a.Email, b.Email, StringComparison.OrdinalIgnoreCase))
        || string.Equals(Normalise(a.Name), Normalise(b.Name), StringComparison.OrdinalIgnoreCase);

    /// <summary>Spaces collapsed and Unicode composed, so "Lene  Østergaard" and a decomposed "Ø" match.</summary>
    public static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize();
}
