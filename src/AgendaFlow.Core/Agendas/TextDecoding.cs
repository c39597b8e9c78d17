using System.Text;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Turns the bytes of a text upload into a string. Secretariats save from Word, Notepad and old
/// mail clients, so UTF-8 (with or without BOM), UTF-16 and windows-1252/ISO-8859-1 all occur.
/// </summary>
public static class TextDecoding
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: windows-1252 is a superset of ISO-8859-1 for printable text.
            return Windows1252.Value.GetString(bytes);
        }
    }

    /// <summary>Characters enough for <see cref="Decode(ReadOnlySpan{byte}, Span{char})"/> whatever the encoding: UTF-8's bound is the widest.</summary>
    public static int MaxCharCount(int byteCount) => Encoding.UTF8.GetMaxCharCount(byteCount);

    /// <summary>
    /// <see cref="Decode(ReadOnlySpan{byte})"/> into a buffer the caller owns (at least <see cref="MaxCharCount"/> long),
    /// returning the number of characters: the parser reads lines straight out of it, so the whole text never becomes
    /// one string (a large one lands on the large object heap).
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetChars(bytes[3..], destination);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetChars(bytes[2..], destination);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetChars(bytes[2..], destination);
        }

        try
        {
            return StrictUtf8.GetChars(bytes, destination);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: windows-1252 is a superset of ISO-8859-1 for printable text.
            return Windows1252.Value.GetChars(bytes, destination);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>True when the bytes are clearly not text (NUL bytes or many control characters).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                controls++;
            }
        }

        return controls > sample.Length / 20 + 1;
    }
}
