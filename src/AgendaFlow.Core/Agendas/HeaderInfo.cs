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
    bool LooksLikeMemo);
