namespace AgendaFlow.Core.Rosters;

/// <summary>A row of a roster that could not be read as it stands, said in Danish for the secretariat that keeps it.</summary>
/// <param name="Row">The line number as a spreadsheet shows it (1 is the first line); 0 for the file as a whole.</param>
public sealed record RosterProblem(int Row, string Text)
{
    public override string ToString() => Row > 0 ? $"Række {Row}: {Text}" : Text;
}
