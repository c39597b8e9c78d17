namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Which files are agendas, by the name's extension: the kinds <see cref="AgendaFileParser"/> reads (Word, HTML,
/// Markdown, text). The parser also looks at the content, so a file without an extension is still read; this list
/// is what a mailed attachment must be to count as an agenda, and what the parser refuses outright.
/// </summary>
public static class AgendaFileTypes
{
    private static readonly string[] Word = [".docx", ".dotx"];
    private static readonly string[] Html = [".html", ".htm", ".xhtml"];
    private static readonly string[] Markdown = [".md", ".markdown"];
    private static readonly string[] Text = [".txt"];

    /// <summary>Office files with macros: refused, whatever they hold.</summary>
    private static readonly string[] WithMacros = [".docm", ".dotm", ".xlsm", ".pptm"];

    /// <summary>Kinds people send that the parser cannot read: refused with a request for one it can.</summary>
    private static readonly string[] Unreadable = [".doc", ".rtf", ".odt", ".pdf", ".xlsx", ".pptx", ".png", ".jpg", ".jpeg", ".gif"];

    /// <summary>A Word, HTML, Markdown or text file: an agenda (or a referat) the parser can read.</summary>
    public static bool IsAgenda(string? fileName) =>
        IsWord(fileName) || IsHtml(fileName) || IsMarkdown(fileName) || Has(fileName, Text);

    internal static bool IsWord(string? fileName) => Has(fileName, Word);

    internal static bool IsHtml(string? fileName) => Has(fileName, Html);

    internal static bool IsMarkdown(string? fileName) => Has(fileName, Markdown);

    internal static bool HasMacros(string? fileName) => Has(fileName, WithMacros);

    internal static bool IsUnreadable(string? fileName) => Has(fileName, Unreadable);

    internal static string Extension(string? fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant();

    private static bool Has(string? fileName, string[] extensions) => extensions.Contains(Extension(fileName), StringComparer.Ordinal);
}
