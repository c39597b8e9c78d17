namespace AgendaFlow.Core;

/// <summary>
/// How long one regular-expression match over a document's text may take before the document is refused as too
/// tangled to read. The limit is a guard against inputs that make a pattern backtrack without end, not a speed
/// target: an honest line matches in microseconds. It is wall-clock time, so it must leave room for a busy instance
/// whose thread waits for a core; at half a second, honest agendas were refused on a machine at load 40.
/// </summary>
internal static class RegexBudget
{
    public const int Milliseconds = 2000;

    public static readonly TimeSpan PerMatch = TimeSpan.FromMilliseconds(Milliseconds);
}
