using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Rendering;

/// <summary>
/// The secretariat's page: the coming meetings, and per meeting the same attendance as the summary mail (one model,
/// <see cref="AttendanceOverview"/>), the mails waiting for manual handling with a form each to record the answer
/// they give (which closes the case), and a form to record an answer given by phone or in person. No absence
/// reasons and no mail content: the history does not hold them.
/// </summary>
public static class SecretariatPage
{
    /// <param name="key">The key for the page's own links, or null when the browser carries it in a cookie.</param>
    /// <param name="unmatched">Open cases of mail that could not be tied to any meeting.</param>
    public static string MeetingList(IEnumerable<Meeting> meetings, string? key, IReadOnlyList<WaitingReply>? unmatched = null)
    {
        var e = HtmlText.Encode;
        var query = key is null ? "" : $"?noegle={Uri.EscapeDataString(key)}";
        var items = meetings.OrderBy(m => m.Date)
            .Select(m => $"<li><a href=\"oversigt/{Uri.EscapeDataString(m.Id.Value)}{e(query)}\">{e(m.Title)}</a>, " +
                         $"{e(DanishText.DateAndTime(m.Date, m.Start, m.End))}{(m.IsCancelled ? " (aflyst)" : "")}</li>")
            .ToList();
        var body = "<h1>Møder</h1>\n" + (items.Count == 0 ? "<p>Der er ingen kommende møder.</p>" : $"<ul>\n{string.Join("\n", items)}\n</ul>");
        if (unmatched is { Count: > 0 })
        {
            body += $"\n<h2>Mails uden møde, der venter på manuel behandling ({unmatched.Count})</h2>\n" +
                    "<p>AgendaFlow kunne ikke se, hvilket møde de hører til. De ligger i mappen »Til manuel behandling«.</p>\n<ul>\n" +
                    string.Join("\n", unmatched.Select(w => $"<li>{e(w.Sender)}, modtaget {e(AttendanceHtml.Received(w))}{AttendanceHtml.ReadingOf(w)}</li>")) + "\n</ul>";
        }

        return PageLayout.Render("Møder", body);
    }

    /// <param name="isError">The notice is a refusal of the posted form, shown in DKFDS's error style.</param>
    public static string Overview(AttendanceOverview overview, string? key, string? notice = null, bool isError = false)
    {
        var e = HtmlText.Encode;
        var meeting = overview.Meeting;
        // Without a key the form posts to the page's own address (the cookie comes along).
        var action = key is null ? "" : $" action=\"?noegle={e(Uri.EscapeDataString(key))}\"";
        var body =
            $"<h1>{e(meeting.Title)}</h1>\n" +
            (notice is null ? "" : isError ? FormParts.ErrorAlert(notice) : FormParts.SuccessAlert(notice)) +
            AttendanceHtml.Body(overview, new HashSet<string>(), waitingList: false) +
            Waiting(overview, action) +
            "<h2>Registrér et svar givet på telefon eller ved personligt fremmøde</h2>\n" +
            $"<form method=\"post\"{action}>\n" +
            AnswerFields(overview, "", null) +
            FormParts.Button("Registrér svar") + "\n</form>\n";
        return PageLayout.Render($"Fremmøde: {meeting.Title}", body);
    }

    private static readonly (string Value, string Label)[] AnswerChoices =
        [("Attending", "Deltager"), ("Absent", "Afbud"), ("Substitute", "Stedfortræder"), ("Partial", "Deltager delvis"), ("Tentative", "Måske")];

    public static string Forbidden() => PageLayout.Render(
        "Adgang nægtet",
        "<h1>Adgang nægtet</h1>\n<p>Siden kræver sekretariatets nøgle. Brug linket fra sekretariatets opsætning, eller kontakt den, der driver AgendaFlow.</p>");

    private static string Waiting(AttendanceOverview overview, string action)
    {
        if (overview.Waiting.Count == 0)
        {
            return "";
        }

        var e = HtmlText.Encode;
        var html = $"<h2>Svar, der venter på manuel behandling ({overview.Waiting.Count})</h2>\n" +
                   "<p>Mailene ligger i mappen »Til manuel behandling«. Indholdet vises ikke her, da det kan rumme en begrundelse. " +
                   "Læs mailen, og registrér det svar, den giver; så er sagen lukket.</p>\n";
        for (var i = 0; i < overview.Waiting.Count; i++)
        {
            var reply = overview.Waiting[i];
            html += $"<h3>Fra {e(overview.SenderOf(reply))}, modtaget {e(AttendanceHtml.Received(reply))}</h3>\n" +
                    (reply.ReadingText is { } reading ? $"<p>Mailen er {e(reading)}.</p>\n" : "") +
                    $"<form method=\"post\"{action}>\n<input type=\"hidden\" name=\"sag\" value=\"{e(reply.Id)}\">\n" +
                    AnswerFields(overview, $"-{i + 1}", reply.ParticipantKey) +
                    FormParts.Button("Registrér svaret og luk sagen") + "\n</form>\n";
        }

        return html;
    }

    /// <summary>The fields of an answer form; <paramref name="suffix"/> keeps ids unique when a page has several.</summary>
    private static string AnswerFields(AttendanceOverview overview, string suffix, string? selectedKey)
    {
        var e = HtmlText.Encode;
        var selected = overview.Seats.FirstOrDefault(s => string.Equals(s.Member.Key, selectedKey, StringComparison.OrdinalIgnoreCase))
                       ?? overview.Seats.FirstOrDefault(s => string.Equals(s.StandIn?.Person.Key, selectedKey, StringComparison.OrdinalIgnoreCase));
        var options = string.Join("", overview.Seats.Select(s =>
            $"<option value=\"{e(s.Member.Key)}\"{(ReferenceEquals(s, selected) ? " selected" : "")}>{e(s.Member.Name)}</option>"));
        return $"<div class=\"form-group\">\n<label class=\"form-label\" for=\"deltager{suffix}\">Plads (medlem)</label>\n<select class=\"form-select\" id=\"deltager{suffix}\" name=\"deltager\" required>{options}</select>\n</div>\n" +
               $"<fieldset class=\"form-group\">\n<legend class=\"form-label\">Svar</legend>\n" +
               string.Join("", AnswerChoices.Select((c, i) =>
                   $"<div class=\"form-group-radio\"><input type=\"radio\" class=\"form-radio\" id=\"svar{suffix}-{i}\" name=\"svar\" value=\"{c.Value}\"{(i == 0 ? " checked" : "")} required>" +
                   $"<label class=\"form-label\" for=\"svar{suffix}-{i}\">{c.Label}</label></div>\n")) +
               "</fieldset>\n" +
               FormParts.TextField($"stedfortraeder{suffix}", "Stedfortræderens navn (kun ved stedfortræder)").Replace($"name=\"stedfortraeder{suffix}\"", "name=\"stedfortraeder\"", StringComparison.Ordinal) +
               FormParts.TextField($"af{suffix}", "Registreret af", attributes: " required autocomplete=\"name\"").Replace($"name=\"af{suffix}\"", "name=\"af\"", StringComparison.Ordinal);
    }
}
