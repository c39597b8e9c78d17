using AgendaFlow.Core.Replies.Html;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Turns an HTML mail body into plain text for reading the answer. Quoted mail that clients mark up
/// (Gmail, Outlook, Apple Mail, Thunderbird) and style/script are dropped before the text is taken.
/// </summary>
/// <remarks>
/// A reader of its own rather than an HTML5 parser and DOM: a reply is classified per mail and the parser's
/// set-up and tree cost several times what the rest of the interpretation does (see HtmlTextReader).
/// </remarks>
public static class HtmlText
{
    public static string ToPlainText(string html) =>
        string.IsNullOrWhiteSpace(html) ? string.Empty : PlainTextLines.Tidy(HtmlTextReader.Read(html));
}
