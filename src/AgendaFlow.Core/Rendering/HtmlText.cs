using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace AgendaFlow.Core.Rendering;

/// <summary>
/// The one way text from documents and e-mails reaches HTML: encoded. Danish letters stay as they are (pages are
/// UTF-8), markup characters never pass through.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);
}
