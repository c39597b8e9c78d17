using System.IO.Compression;
using System.Text;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Checks an upload before any reader touches it, so a hostile or broken file ends in a reason
/// rather than in memory exhaustion, macros being trusted, or an exception.
/// </summary>
public static class UploadGuard
{
    /// <summary>
    /// 20 MB: real agendas are well below 5 MB even with pictures; anything larger is
    /// an attachment bundle or an attack and would only slow the upload function down.
    /// </summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The most a Word package may unpack to; a real agenda unpacks to a few MB.</summary>
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;

    /// <summary>A part compressing better than this is a zip bomb, not prose (text compresses ~5-10x).</summary>
    public const double MaxCompressionRatio = 100;

    public const int MaxZipEntries = 2000;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static string? CheckSize(long length) => length switch
    {
        0 => "Filen er tom.",
        > MaxFileBytes => $"Filen er for stor ({length / (1024 * 1024)} MB). Den største fil, der kan modtages, er {MaxFileBytes / (1024 * 1024)} MB.",
        _ => null,
    };

    public static bool IsOleContainer(ReadOnlySpan<byte> bytes) => bytes.StartsWith(OleSignature);

    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 or 7;

    /// <summary>An OLE container is either a password-protected Office file or an old binary .doc.</summary>
    public static string ReasonForOleContainer(ReadOnlySpan<byte> bytes)
    {
        var encryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");
        var encryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
        if (bytes.IndexOf(encryptionInfo) >= 0 || bytes.IndexOf(encryptedPackage) >= 0)
        {
            return "Dokumentet er beskyttet med adgangskode. Fjern adgangskoden i Word og upload det igen.";
        }

        return "Filen er i det gamle Word-format (.doc). Gem den som .docx i Word og upload den igen.";
    }

    /// <summary>Reads only the zip's central directory: sizes, ratios and macro parts.</summary>
    public static string? CheckWordPackage(byte[] bytes, string fileName)
    {
        if (fileName.EndsWith(".docm", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".dotm", StringComparison.OrdinalIgnoreCase))
        {
            return MacroReason;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return BombReason;
            }

            long total = 0;
            var hasDocument = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes || entry.Length < 0)
                {
                    return BombReason;
                }

                if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > MaxCompressionRatio)
                {
                    return BombReason;
                }

                var name = entry.FullName.ToLowerInvariant();
                if (name.EndsWith("vbaproject.bin", StringComparison.Ordinal) || name.EndsWith("vbadata.xml", StringComparison.Ordinal))
                {
                    return MacroReason;
                }

                hasDocument |= name is "word/document.xml" or "word/document2.xml";
            }

            if (zip.GetEntry("[Content_Types].xml") is { } types && types.Length < 1024 * 1024)
            {
                using var reader = new StreamReader(types.Open());
                var content = reader.ReadToEnd();
                if (content.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                {
                    return MacroReason;
                }

                hasDocument |= content.Contains("wordprocessingml.document.main", StringComparison.OrdinalIgnoreCase);
            }

            return hasDocument ? null : "Filen er en zip-fil, men ikke et Word-dokument.";
        }
        catch (InvalidDataException)
        {
            return CorruptReason;
        }
    }

    public const string CorruptReason = "Filen er beskadiget og kan ikke åbnes. Gem dokumentet igen i Word og upload det på ny.";

    public const string MacroReason = "Dokumentet indeholder makroer (.docm). Af sikkerhedshensyn modtages kun dokumenter uden makroer: gem det som almindeligt Word-dokument (.docx).";

    public const string BombReason = "Filen pakker sig ud til en mistænkeligt stor mængde data og afvises af sikkerhedshensyn.";
}
