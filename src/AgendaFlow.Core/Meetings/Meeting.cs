namespace AgendaFlow.Core.Meetings;

/// <summary>
/// A committee meeting as AgendaFlow keeps it: what an invitation, a summary and a referat need, taken from the
/// parsed agenda. <paramref name="Revision"/> counts the agenda versions sent out (the calendar SEQUENCE).
/// </summary>
public sealed record Meeting(
    MeetingId Id,
    string Committee,
    string Title,
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Location,
    IReadOnlyList<Invitee> Participants,
    IReadOnlyList<AgendaLine> Items,
    int Revision = 0)
{
    public bool IsCancelled { get; init; }

    /// <summary>
    /// Members the agenda lists under Afbud: seats from the start, with their afbud already given, and not invited.
    /// </summary>
    public IReadOnlyList<AbsentMember> AbsentInAdvance { get; init; } = [];

    /// <summary>
    /// Breaks and meals between the items, each after the item it follows. Not items: no number, no attendance, not in
    /// the referat. Meetings stored before breaks were kept read as having none.
    /// </summary>
    public IReadOnlyList<AgendaFlow.Core.Agendas.AgendaBreak> Breaks { get; init; } = [];

    /// <summary>The chair's address when this revision is the chair's correction on the check page; null for an upload as read.</summary>
    public string? CheckedBy { get; init; }
}

/// <summary>A member the agenda lists as absent, with the stand-in it names for them, if any.</summary>
public sealed record AbsentMember(Invitee Member, string? StandInName = null);

/// <summary>A stable identity for a meeting: the committee and the date (one meeting per committee per day).</summary>
public readonly record struct MeetingId(string Value)
{
    public static MeetingId For(string committee, DateOnly date) =>
        new($"{Slug(committee)}-{date:yyyy-MM-dd}");

    public override string ToString() => Value;

    private static string Slug(string text)
    {
        var chars = text.Trim().ToLowerInvariant()
            .Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa")
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')
            .ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "udvalg" : slug;
    }
}

/// <summary>Someone invited to the meeting.</summary>
public sealed record Invitee(string Name, string? Email, string? Title = null, string? Organisation = null, string? Role = null)
{
    /// <summary>The key a participant is known by within a meeting: the address when there is one, else the name.</summary>
    public string Key => (Email ?? Name).Trim().ToLowerInvariant();
}

/// <summary>One item on the agenda as invitations list it.</summary>
public sealed record AgendaLine(string Number, string Title, TimeOnly? Start = null, TimeOnly? End = null, IReadOnlyList<string>? Presenters = null)
{
    public IReadOnlyList<string> PresenterNames => Presenters ?? [];
}
