namespace AgendaFlow.Core.Attendance;

/// <summary>
/// When a committee may decide, counted over its seats. The default, more than half of the seats filled by someone
/// present (a stand-in fills the seat of the member they replace), is what most Danish committees' rules of
/// procedure (forretningsordener) say; a committee can require a fixed number instead, in its roster.
/// </summary>
public sealed record QuorumRule(int? MinimumPresent = null)
{
    public static QuorumRule MoreThanHalf { get; } = new();

    public int Required(int seats) => MinimumPresent ?? seats / 2 + 1;

    public bool IsMet(int present, int seats) => present >= Required(seats);

    public string Describe(int seats) => MinimumPresent is { } n
        ? $"mindst {n} til stede"
        : $"mere end halvdelen af pladserne besat (mindst {Required(seats)} af {seats})";
}
