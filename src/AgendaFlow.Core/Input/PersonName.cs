namespace AgendaFlow.Core.Input;

/// <summary>
/// A person's name from outside (an answer page, a reply, a roster, a document): one line of ordinary text, so it
/// can go into a mail header, a calendar parameter or a table without adding anything to them.
/// </summary>
public sealed record PersonName
{
    public const int MaxLength = 200;

    private PersonName(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static bool TryCreate(string? text, out PersonName name, out InputRefusal? refusal)
    {
        name = null!;
        var trimmed = (text ?? "").Trim();
        refusal = trimmed switch
        {
            { Length: 0 } => new("Navn", "Navnet mangler."),
            { Length: > MaxLength } => new("Navn", $"Navnet er længere end {MaxLength} tegn."),
            _ when UnsafeCharacters.Any(trimmed) => new("Navn", "Navnet må kun være én linje almindelig tekst."),
            _ when trimmed.Contains('"') || trimmed.Contains('<') || trimmed.Contains('>') =>
                new("Navn", "Navnet må ikke indeholde anførselstegn eller < >."),
            _ => null,
        };
        if (refusal is not null)
        {
            return false;
        }

        name = new PersonName(string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return true;
    }

    public static PersonName? TryCreate(string? text) => TryCreate(text, out var name, out _) ? name : null;
}
