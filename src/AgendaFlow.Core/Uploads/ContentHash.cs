using System.Security.Cryptography;

namespace AgendaFlow.Core.Uploads;

/// <summary>The SHA-256 of a file's bytes, in lower-case hex: what makes two uploads "the same content".</summary>
public readonly record struct ContentHash(string Hex)
{
    public static ContentHash Of(ReadOnlySpan<byte> content) =>
        new(Convert.ToHexStringLower(SHA256.HashData(content)));

    public override string ToString() => Hex;
}
