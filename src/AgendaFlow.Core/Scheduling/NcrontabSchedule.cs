using Cronos;

namespace AgendaFlow.Core.Scheduling;

/// <summary>
/// An Azure Functions timer schedule: six-field NCRONTAB ("{second} {minute} {hour} {day} {month} {day-of-week}"),
/// evaluated in Europe/Copenhagen so that "07:00 every weekday" stays 07:00 across summer time.
/// </summary>
public sealed class NcrontabSchedule
{
    private readonly CronExpression _expression;

    private NcrontabSchedule(string text, CronExpression expression)
    {
        Text = text;
        _expression = expression;
    }

    public string Text { get; }

    public static NcrontabSchedule Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The Functions host accepts five fields too (no seconds); so do we.
        var format = fields.Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        try
        {
            return new NcrontabSchedule(string.Join(' ', fields), CronExpression.Parse(string.Join(' ', fields), format));
        }
        catch (CronFormatException ex)
        {
            throw new FormatException($"'{text}' is not an NCRONTAB schedule: {ex.Message}", ex);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null if there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) =>
        _expression.GetNextOccurrence(after, CopenhagenTime.Zone, inclusive: false);

    public override string ToString() => Text;
}
