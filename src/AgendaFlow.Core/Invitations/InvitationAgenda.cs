using System.Text;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;

namespace AgendaFlow.Core.Invitations;

/// <summary>
/// The agenda as the invitation lists it, in the text part and the HTML part: each item with its number, time and
/// presenters, and each break in its place without a number, set apart so it does not read as an item.
/// </summary>
internal static class InvitationAgenda
{
    /// <summary>
    /// Two columns, so that a phone's 390 px hold the list: the time and presenters stand under the title. A word longer
    /// than the column (a Danish compound in a client that cannot hyphenate) wraps rather than widening the mail.
    /// </summary>
    public const string Style =
        "table.dagsorden{width:100%}table.dagsorden td{overflow-wrap:anywhere}table.dagsorden td:first-child{white-space:nowrap}" +
        ".detaljer{display:block;font-size:.9em;color:#4a4a4a}" +
        "tr.pause td{font-style:italic;background:#eef1f4;padding-top:.4em;padding-bottom:.4em}";

    public static string PlainText(Meeting meeting)
    {
        var text = new StringBuilder();
        foreach (var line in AgendaProgramme.Of(meeting))
        {
            // A break is indented under the items' titles, without a number.
            text.AppendLine(line switch
            {
                ProgrammeLine.Item { Line: var item } => $"{item.Number}. {Joined(item.Title, Parenthesised(item.Start, item.End), Presenters(item))}",
                ProgrammeLine.Break { Pause: var pause } => $"   {Joined(pause.Title, Parenthesised(pause.Start, pause.End))}",
                _ => throw new InvalidOperationException($"Unknown agenda line {line}."),
            });
        }

        return text.ToString();
    }

    public static string Html(Meeting meeting)
    {
        static string E(string text) => HtmlText.Encode(text);
        var html = new StringBuilder("<table class=\"dagsorden\">\n<thead><tr><th scope=\"col\">Punkt</th><th scope=\"col\">Emne</th></tr></thead>\n<tbody>\n");
        foreach (var line in AgendaProgramme.Of(meeting))
        {
            html.Append(line switch
            {
                ProgrammeLine.Item { Line: var item } =>
                    $"<tr><td>{E(item.Number)}</td><td>{E(item.Title)}{Details(DanishText.TimeRange(item.Start, item.End), Presenters(item))}</td></tr>\n",
                ProgrammeLine.Break { Pause: var pause } =>
                    $"<tr class=\"pause\"><td></td><td>{E(pause.Title)}{Details(DanishText.TimeRange(pause.Start, pause.End))}</td></tr>\n",
                _ => throw new InvalidOperationException($"Unknown agenda line {line}."),
            });
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    private static string Details(params string[] parts)
    {
        var text = string.Join(", ", parts.Where(p => p.Length > 0));
        return text.Length == 0 ? "" : $" <span class=\"detaljer\">{HtmlText.Encode(text)}</span>";
    }

    private static string Presenters(AgendaLine item) =>
        item.PresenterNames.Count > 0 ? $"v/ {DanishText.JoinList(item.PresenterNames)}" : "";

    private static string Parenthesised(TimeOnly? start, TimeOnly? end) =>
        DanishText.TimeRange(start, end) is { Length: > 0 } time ? $"({time})" : "";

    private static string Joined(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
