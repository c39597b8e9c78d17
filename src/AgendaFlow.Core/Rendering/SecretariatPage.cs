using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Summaries;

namespace AgendaFlow.Core.Rendering;

/// <summary>
/// The secretariat's page: the coming meetings, and per meeting the same overview as the summary mail, with a
/// form to record an answer given by phone or in person. No absence reasons: the history does not hold them.
/// </summary>
public static class SecretariatPage
{
    public static string MeetingList(IEnumerable<Meeting> meetings, string key)
    {
        var e = HtmlText.Encode;
        var items = meetings.OrderBy(m => m.Date)
            .Select(m => $"<li><a href=\"oversigt/{Uri.EscapeDataString(m.Id.Value)}?noegle={Uri.EscapeDataString(key)}\">{e(m.Title)}</a>, " +
                         $"{e(DanishText.DateAndTime(m.Date, m.Start, m.End))}{(m.IsCancelled ? " (aflyst)" : "")}</li>")
            .ToList();
        var body = "<h1>Møder</h1>\n" + (items.Count == 0 ? "<p>Der er ingen kommende møder.</p>" : $"<ul>\n{string.Join("\n", items)}\n</ul>");
        return PageLayout.Render("Møder", body);
    }

    public static string Overview(AttendanceOverview overview, QuorumRule quorum, string key, string? notice = null)
    {
        var e = HtmlText.Encode;
        var meeting = overview.Meeting;
        var rows = string.Join("\n", overview.Rows.Select((r, i) =>
            $"<tr><th scope=\"row\">{e(r.Invitee.Name)}</th><td>{e(r.Invitee.Organisation)}</td><td>{e(AttendanceSummaryMail.StatusText(r.Status))}</td>" +
            $"<td>{e(r.StandIn?.Name)}</td><td>{e(AttendanceSummaryMail.When(r))}</td></tr>"));
        var options = string.Join("", overview.Rows.Select(r => $"<option value=\"{e(r.Invitee.Key)}\">{e(r.Invitee.Name)}</option>"));
        var body =
            $"<h1>{e(meeting.Title)}</h1>\n<p>{e(DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End))}" +
            (meeting.Location is null ? "" : $", {e(meeting.Location)}") + "</p>\n" +
            (notice is null ? "" : $"<p class=\"status\" role=\"status\">{e(notice)}</p>\n") +
            $"<p>{e(AttendanceSummaryMail.CountsLine(overview.Counts))}</p>\n<p><strong>{e(AttendanceSummaryMail.QuorumLine(overview, quorum))}</strong></p>\n" +
            "<h2>Deltagere</h2>\n<table>\n<thead><tr><th scope=\"col\">Navn</th><th scope=\"col\">Organisation</th><th scope=\"col\">Status</th><th scope=\"col\">Stedfortræder</th><th scope=\"col\">Svaret</th></tr></thead>\n" +
            $"<tbody>\n{rows}\n</tbody>\n</table>\n" +
            $"<h2>Til referatet</h2>\n<p>{e(AttendanceSentence.For(overview))}</p>\n" +
            "<h2>Registrér et svar givet på telefon eller ved personligt fremmøde</h2>\n" +
            $"<form method=\"post\" action=\"?noegle={e(Uri.EscapeDataString(key))}\">\n" +
            $"<label for=\"deltager\">Deltager</label>\n<select id=\"deltager\" name=\"deltager\" required>{options}</select>\n" +
            "<label for=\"svar\">Svar</label>\n<select id=\"svar\" name=\"svar\" required>" +
            "<option value=\"Attending\">Deltager</option><option value=\"Absent\">Afbud</option><option value=\"Substitute\">Stedfortræder</option>" +
            "<option value=\"Partial\">Delvis</option><option value=\"Tentative\">Måske</option></select>\n" +
            "<label for=\"stedfortraeder\">Stedfortræderens navn (kun ved stedfortræder)</label>\n<input type=\"text\" id=\"stedfortraeder\" name=\"stedfortraeder\">\n" +
            "<label for=\"af\">Registreret af</label>\n<input type=\"text\" id=\"af\" name=\"af\" required autocomplete=\"name\">\n" +
            "<button>Registrér svar</button>\n</form>\n";
        return PageLayout.Render($"Fremmøde: {meeting.Title}", body);
    }

    public static string Forbidden() => PageLayout.Render(
        "Adgang nægtet",
        "<h1>Adgang nægtet</h1>\n<p>Siden kræver sekretariatets nøgle. Brug linket fra sekretariatets opsætning, eller kontakt den, der driver AgendaFlow.</p>");
}
