using MimeKit;

namespace AgendaFlow.Core.Input;

/// <summary>
/// Exactly one e-mail mailbox, as "local@domain": no lists, groups, comments, display names or control characters.
/// Every address that reaches MimeKit, Ical.Net or a table key from outside passes here first, so a value such as
/// <c>per@example.com, boss@evil.example</c> can never become two recipients.
/// </summary>
public sealed record ParticipantAddress
{
    /// <summary>RFC 5321's limit on a path; longer addresses are not deliverable anyway.</summary>
    public const int MaxLength = 254;

    private static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    private ParticipantAddress(string value) => Value = value;

    /// <summary>The address, lower-cased in the domain only (the local part is the owner's).</summary>
    public string Value { get; }

    public override string ToString() => Value;

    public MailboxAddress ToMailbox(PersonName? name = null) => new(name?.Value ?? "", Value);

    public static bool TryCreate(string? text, out ParticipantAddress address, out InputRefusal? refusal)
    {
        address = null!;
        var trimmed = (text ?? "").Trim();
        refusal = Check(trimmed);
        if (refusal is not null)
        {
            return false;
        }

        var at = trimmed.LastIndexOf('@');
        address = new ParticipantAddress(trimmed[..at] + "@" + trimmed[(at + 1)..].ToLowerInvariant());
        return true;
    }

    public static ParticipantAddress? TryCreate(string? text) => TryCreate(text, out var address, out _) ? address : null;

    private static InputRefusal? Check(string text)
    {
        const string field = "E-mailadresse";
        if (text.Length == 0)
        {
            return new(field, "Adressen mangler.");
        }

        if (text.Length > MaxLength)
        {
            return new(field, $"Adressen er længere end {MaxLength} tegn.");
        }

        // Characters that only a list, a group, a comment, a display name or a quoted local part would need.
        if (text.IndexOfAny([',', ';', ':', '(', ')', '<', '>', '"', '[', ']', '\\']) >= 0)
        {
            return new(field, "Skriv præcis én e-mailadresse, fx navn@kommune.dk.");
        }

        if (UnsafeCharacters.Any(text) || text.Any(char.IsWhiteSpace))
        {
            return new(field, "Adressen må ikke indeholde mellemrum eller linjeskift.");
        }

        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return new(field, "Skriv præcis én e-mailadresse, fx navn@kommune.dk.");
        }

        var domain = text[(at + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return new(field, "Adressens domæne ser ikke rigtigt ud.");
        }

        // MimeKit must read it as the same single mailbox it will later be written as.
        if (!MailboxAddress.TryParse(Strict, text, out var mailbox) || !string.Equals(mailbox.Address, text, StringComparison.OrdinalIgnoreCase))
        {
            return new(field, "Skriv præcis én e-mailadresse, fx navn@kommune.dk.");
        }

        return null;
    }
}
