namespace AgendaFlow.Core.Input;

/// <summary>
/// A committee's short name as it appears in blob paths (<c>agendas/{committee}/...</c>, <c>rosters/{committee}.csv</c>)
/// and table keys: one path segment of letters, digits, '-', '_' or '.', so it can never climb out of its folder.
/// </summary>
public sealed record CommitteeName
{
    public const int MaxLength = 63;

    private CommitteeName(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static bool TryCreate(string? text, out CommitteeName committee, out InputRefusal? refusal)
    {
        committee = null!;
        var value = (text ?? "").Trim();
        refusal = Check(value);
        if (refusal is not null)
        {
            return false;
        }

        committee = new CommitteeName(value);
        return true;
    }

    public static CommitteeName? TryCreate(string? text) => TryCreate(text, out var committee, out _) ? committee : null;

    private static InputRefusal? Check(string value)
    {
        const string field = "Udvalg";
        if (value.Length == 0)
        {
            return new(field, "Udvalgets navn mangler.");
        }

        if (value.Length > MaxLength)
        {
            return new(field, $"Udvalgets navn er længere end {MaxLength} tegn.");
        }

        if (value.StartsWith('.') || value.EndsWith('.'))
        {
            return new(field, "Udvalgets navn må ikke begynde eller slutte med punktum.");
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return new(field, "Udvalgets navn må kun indeholde bogstaver, tal, bindestreg, understreg og punktum.");
            }
        }

        return null;
    }
}
