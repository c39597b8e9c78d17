using System.Text;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Rendering;

/// <summary>
/// The attendance of a meeting as HTML, the same for the summary mail and the secretariat's page: figures, quorum,
/// who is expected, a row per seat, and what needs the secretariat's eye. Everything from documents and mail is encoded.
/// </summary>
public static class AttendanceHtml
{
    public static string Body(AttendanceOverview overview, IReadOnlySet<string> changed, bool waitingList = true)
    {
        var e = HtmlText.Encode;
        var meeting = overview.Meeting;
        var html = new StringBuilder();
        if (overview.Roster.DisplayName is { } committee)
        {
            html.Append($"<p>{e(committee)}</p>\n");
        }

        html.Append($"<p>{e(DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End))}{(meeting.Location is null ? "" : $", {e(meeting.Location)}")}</p>\n")
            .Append("<dl class=\"tal\">\n");
        foreach (var (label, value) in AttendanceText.Figures(overview.Counts))
        {
            html.Append($"<dt>{e(label)}</dt><dd>{value}</dd>\n");
        }

        html.Append("</dl>\n")
            .Append($"<p><strong>{e(AttendanceText.QuorumLine(overview))}</strong></p>\n")
            .Append($"<h2>{e(AttendanceText.ExpectedHeading)}</h2>\n<ul>\n");
        foreach (var line in AttendanceText.Expected(overview))
        {
            html.Append($"<li>{e(line)}</li>\n");
        }

        // DKFDS's tiered responsive table: below its md breakpoint (992 px) every row is a stack of labelled cells
        // (data-title), so phones and tablets never scroll sideways; wider, five columns fit, and should a long name
        // still not, the table scrolls inside its own box (focusable and named, so a keyboard can scroll it too).
        html.Append("</ul>\n<h2>Pladser</h2>\n<div class=\"table--responsive-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Pladser\">\n" +
                    "<table class=\"table table--zebra table-md-responsive-headers\">\n<thead><tr><th scope=\"col\">Navn</th><th scope=\"col\">Organisation</th><th scope=\"col\">Status</th><th scope=\"col\">Stedfortræder</th><th scope=\"col\">Svaret</th></tr></thead>\n<tbody>\n");
        foreach (var seat in overview.Seats)
        {
            var name = changed.Contains(seat.Member.Key) ? $"<strong>{e(seat.Member.Name)}</strong> (nyt)" : e(seat.Member.Name);
            html.Append($"<tr><th scope=\"row\" data-title=\"Navn\">{name}</th><td data-title=\"Organisation\">{e(seat.Member.Organisation)}</td><td data-title=\"Status\">{e(AttendanceText.Status(seat))}</td>" +
                        $"<td data-title=\"Stedfortræder\">{e(AttendanceText.StandIn(seat))}</td><td data-title=\"Svaret\">{e(AttendanceText.When(seat))}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        if (waitingList && overview.Waiting.Count > 0)
        {
            html.Append($"<h2>Svar, der venter på manuel behandling ({overview.Waiting.Count})</h2>\n<p>Mailene ligger i mappen »Til manuel behandling«. Indholdet vises ikke her, da det kan rumme en begrundelse.</p>\n<ul>\n");
            foreach (var reply in overview.Waiting)
            {
                html.Append($"<li>{e(overview.SenderOf(reply))}, modtaget {e(Received(reply))}{ReadingOf(reply)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.Append(Notes(overview)).ToString();
    }

    /// <summary>"; aflæst som unclear (text: …)" after a waiting case, encoded; empty for cases without a reading.</summary>
    public static string ReadingOf(WaitingReply reply) => reply.ReadingText is { } reading ? "; " + HtmlText.Encode(reading) : "";

    public static string Received(WaitingReply reply) => $"{CopenhagenTime.ToLocal(reply.ReceivedAt):dd-MM-yyyy HH.mm}";

    /// <summary>Bounced invitations and roster rows that could not be read.</summary>
    private static string Notes(AttendanceOverview overview)
    {
        var e = HtmlText.Encode;
        var html = new StringBuilder();
        var bounced = overview.With(SeatStatus.Undeliverable).ToList();
        if (bounced.Count > 0)
        {
            html.Append("<h2>Invitationen kunne ikke leveres til</h2>\n<ul>\n");
            foreach (var seat in bounced)
            {
                html.Append($"<li>{e(seat.Member.Name)} &lt;{e(seat.Member.Email)}&gt;</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (overview.Roster.Problems.Count > 0)
        {
            html.Append("<h2>Medlemslisten har rækker, der ikke kunne læses</h2>\n<ul>\n");
            foreach (var problem in overview.Roster.Problems)
            {
                html.Append($"<li>{e(problem.ToString())}</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.ToString();
    }
}
