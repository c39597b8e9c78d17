using System.Globalization;

namespace AgendaFlow.Core.Uploads;

/// <summary>
/// Why an uploaded file cannot be read at all, in words a chair understands. Parsing the content is a later step;
/// these are the checks that come before it.
/// </summary>
public static class UploadLimits
{
    /// <summary>Agendas with attachments run to a few MB; 20 MB leaves room and keeps a single file from exhausting memory.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string? ReasonToReject(long size) => size switch
    {
        0 => "Filen er tom. Upload dagsordenen igen.",
        > MaxBytes => $"Filen fylder {(size / (1024.0 * 1024.0)).ToString("0.0", Danish)} MB, og grænsen er {MaxBytes / (1024 * 1024)} MB. " +
                      "Upload dagsordenen uden store bilag, og læg bilagene ved som links.",
        _ => null,
    };
}
