namespace AgendaFlow.Core.Attendance;

/// <summary>
/// When a committee may decide. The default, more than half of the members present with stand-ins counting, is
/// what most Danish committees' rules of procedure (forretningsordener) say; a committee can require a fixed number.
/// </summary>
public sealed record QuorumRule(int? MinimumPresent = null)
{
    public static QuorumRule MoreThanHalf { get; } = new();

    public int Required(int members) => MinimumPresent ?? members / 2 + 1;

    public bool IsMet(AttendanceOverview overview) => overview.Present >= Required(overview.Rows.Count);

    public string Describe(int members) => MinimumPresent is { } n
        ? $"mindst {n} til stede"
        : $"mere end halvdelen til stede (mindst {Required(members)} af {members})";
}
