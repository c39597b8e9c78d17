using System.Globalization;

namespace AgendaFlow.Load;

/// <summary>One measured figure beside its target, as printed at the end of a run.</summary>
internal sealed record Figure(string What, double Value, string Unit, double Target, string TargetText)
{
    public bool Met => Value < Target;
}

/// <summary>The figures of one run, printed as a Markdown table so it can be pasted into the README.</summary>
internal sealed class Figures
{
    private readonly List<Figure> _all = [];
    private readonly List<string> _notes = [];

    public void Add(string what, double value, string unit, double target, string targetText)
    {
        _all.Add(new Figure(what, value, unit, target, targetText));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {value:0.###} {unit} (target {targetText})"));
    }

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine("  " + note);
    }

    public void Print(TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("| figure | measured | target | met |");
        writer.WriteLine("|---|---|---|---|");
        foreach (var f in _all)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {f.What} | {f.Value:0.###} {f.Unit} | {f.TargetText} | {(double.IsPositiveInfinity(f.Target) ? "—" : f.Met ? "yes" : "NO")} |"));
        }

        foreach (var note in _notes)
        {
            writer.WriteLine();
            writer.WriteLine("- " + note);
        }
    }
}
