namespace AgendaFlow.Core.Scheduling;

/// <summary>The committees' time zone. Schedules and "N days before" are reckoned in it, not in UTC.</summary>
public static class CopenhagenTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
