namespace AgendaFlow.Core.Invitations;

/// <summary>
/// The content type an attached agenda goes out with. Storage often knows only <c>application/octet-stream</c>, which
/// mail programs show as an unknown file; the file's extension says what it really is.
/// </summary>
public static class AttachmentTypes
{
    public const string Unknown = "application/octet-stream";

    public static string Of(string fileName, string? declared) =>
        !string.IsNullOrWhiteSpace(declared) && !declared.StartsWith(Unknown, StringComparison.OrdinalIgnoreCase)
            ? declared
            : Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".doc" => "application/msword",
                ".docm" => "application/vnd.ms-word.document.macroEnabled.12",
                ".odt" => "application/vnd.oasis.opendocument.text",
                ".rtf" => "application/rtf",
                ".pdf" => "application/pdf",
                ".md" or ".markdown" => "text/markdown; charset=utf-8",
                ".txt" => "text/plain; charset=utf-8",
                ".html" or ".htm" => "text/html; charset=utf-8",
                ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                _ => Unknown,
            };
}
