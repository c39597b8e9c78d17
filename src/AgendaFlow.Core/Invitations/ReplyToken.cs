using System.Security.Cryptography;

namespace AgendaFlow.Core.Invitations;

/// <summary>
/// The unguessable part of a participant's personal reply address (<c>dagsorden+TOKEN@domain</c>) and one-click
/// links. Lower-case base32 without padding: safe in an e-mail local part and a URL, and case-insensitive as mail
/// systems sometimes are.
/// </summary>
public readonly record struct ReplyToken(string Value)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>100 bits from the system's cryptographic generator.</summary>
    public static ReplyToken New()
    {
        Span<byte> bytes = stackalloc byte[20];
        RandomNumberGenerator.Fill(bytes);
        return new ReplyToken(string.Create(20, bytes.ToArray(), (chars, b) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[b[i] & 31];
            }
        }));
    }

    public static bool TryParse(string? text, out ReplyToken token)
    {
        token = default;
        if (text is null || text.Length != 20)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        if (!lower.All(c => Alphabet.Contains(c)))
        {
            return false;
        }

        token = new ReplyToken(lower);
        return true;
    }

    public override string ToString() => Value;
}
