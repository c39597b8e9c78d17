namespace AgendaFlow.Core.Agendas;

/// <summary>What the header (everything before the first item) says about the meeting.</summary>
public sealed record HeaderInfo(
    DocumentKind? Kind,
    string? Title,
    DateOnly? Date,
    bool MeetingDateFound,
    TimeOnly? Start,
    TimeOnly? End,
    string? Location,
    IReadOnlyList<string> Chairs,
    IReadOnlyList<string> MinuteTakers,
    IReadOnlyList<Person> Participants,
    IReadOnlyList<Person> Guests,
    IReadOnlyList<AbsentPerson> Absent,
    IReadOnlyList<Person> Emails,
    int FieldsFound,
    bool LooksLikeMemo)
{
    /// <summary>Absent members and the stand-ins named to come in their place, from the header.</summary>
    public IReadOnlyList<AbsentPerson> StandIns { get; init; } = [];

    /// <summary>The fields (see <see cref="ReviewField"/>) the header gives only by weak cues.</summary>
    public IReadOnlySet<string> Uncertain { get; init; } = new HashSet<string>();
}
