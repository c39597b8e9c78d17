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
    /// <param name="unmatched">Open cases of mail that could not be tied to any meeting.</param>
    public static string MeetingList(IEnumerable<Meeting> meetings, string key, IReadOnlyList<WaitingReply>? unmatched = null)
    {
        var e = HtmlText.Encode;
        var items = meetings.OrderBy(m => m.Date)
            .Select(m => $"<li><a href=\"oversigt/{Uri.EscapeDataString(m.Id.Value)}?noegle={Uri.EscapeDataString(key)}\">{e(m.Title)}</a>, " +
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

    public static string Overview(AttendanceOverview overview, string key, string? notice = null)
    {
        var e = HtmlText.Encode;
        var meeting = overview.Meeting;
        var action = $"?noegle={e(Uri.EscapeDataString(key))}";
        var body =
            $"<h1>{e(meeting.Title)}</h1>\n" +
            (notice is null ? "" : $"<p class=\"status\" role=\"status\">{e(notice)}</p>\n") +
            AttendanceHtml.Body(overview, new HashSet<string>(), waitingList: false) +
            Waiting(overview, action) +
            "<h2>Registrér et svar givet på telefon eller ved personligt fremmøde</h2>\n" +
            $"<form method=\"post\" action=\"{action}\">\n" +
            AnswerFields(overview, "", null) +
            "<button>Registrér svar</button>\n</form>\n";
        return PageLayout.Render($"Fremmøde: {meeting.Title}", body);
    }

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
                    $"<form method=\"post\" action=\"{action}\">\n<input type=\"hidden\" name=\"sag\" value=\"{e(reply.Id)}\">\n" +
                    AnswerFields(overview, $"-{i + 1}", reply.ParticipantKey) +
                    "<button>Registrér svaret og luk sagen</button>\n</form>\n";
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
        return $"<label for=\"deltager{suffix}\">Plads (medlem)</label>\n<select id=\"deltager{suffix}\" name=\"deltager\" required>{options}</select>\n" +
               $"<label for=\"svar{suffix}\">Svar</label>\n<select id=\"svar{suffix}\" name=\"svar\" required>" +
               "<option value=\"Attending\">Deltager</option><option value=\"Absent\">Afbud</option><option value=\"Substitute\">Stedfortræder</option>" +
               "<option value=\"Partial\">Deltager delvis</option><option value=\"Tentative\">Måske</option></select>\n" +
               $"<label for=\"stedfortraeder{suffix}\">Stedfortræderens navn (kun ved stedfortræder)</label>\n<input type=\"text\" id=\"stedfortraeder{suffix}\" name=\"stedfortraeder\">\n" +
               $"<label for=\"af{suffix}\">Registreret af</label>\n<input type=\"text\" id=\"af{suffix}\" name=\"af\" required autocomplete=\"name\">\n";
    }
}
