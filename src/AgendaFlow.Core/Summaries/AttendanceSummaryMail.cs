using System.Text;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using MimeKit;

namespace AgendaFlow.Core.Summaries;

/// <summary>
/// The secretariat's overview of one coming meeting: the counts, every participant's line, what changed since the
/// last overview, bounced addresses, whether the meeting is quorate, and the attendance sentence ready for the
/// referat, with the table as CSV. Absence reasons are never part of it: the history does not even hold them.
/// </summary>
public static class AttendanceSummaryMail
{
    public static MimeMessage Render(
        AttendanceOverview overview,
        IReadOnlySet<string> changedSinceLast,
        QuorumRule quorum,
        bool isFinal,
        string secretariat,
        MailSettings settings,
        DateTimeOffset now)
    {
        var meeting = overview.Meeting;
        var message = new MimeMessage
        {
            Subject = $"{(isFinal ? "Endelig fremmøde" : "Fremmøde")}: {meeting.Title}, {DanishText.ShortDate(meeting.Date)}",
            Date = now,
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(secretariat));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-AgendaFlow-Meeting", meeting.Id.Value);
        var body = new BodyBuilder
        {
            TextBody = Text(overview, changedSinceLast, quorum),
            HtmlBody = Html(overview, changedSinceLast, quorum),
        };
        body.Attachments.Add($"fremmoede-{meeting.Id.Value}.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(overview))).ToArray(),
            new ContentType("text", "csv") { Charset = "utf-8" });
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string CountsLine(AttendanceCounts c) =>
        $"Inviteret: {c.Invited}. Deltager: {c.Attending}. Afbud: {c.Absent}. Stedfortræder: {c.Substitutes}. " +
        $"Delvis: {c.Partial}. Måske: {c.Tentative}. Ikke svaret: {c.NoAnswer}." +
        (c.Undeliverable > 0 ? $" Kunne ikke leveres: {c.Undeliverable}." : "");

    public static string QuorumLine(AttendanceOverview overview, QuorumRule quorum) =>
        (quorum.IsMet(overview) ? "Mødet er beslutningsdygtigt" : "Mødet er endnu ikke beslutningsdygtigt") +
        $": {overview.Present} af {overview.Rows.Count} er til stede med de svar, der er kommet; reglen er {quorum.Describe(overview.Rows.Count)}.";

    public static string StatusText(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Attending => "Deltager",
        AttendanceStatus.Absent => "Afbud",
        AttendanceStatus.Substitute => "Stedfortræder",
        AttendanceStatus.Partial => "Delvis",
        AttendanceStatus.Tentative => "Måske",
        AttendanceStatus.Undeliverable => "Kunne ikke leveres",
        _ => "Ikke svaret",
    };

    public static string ChannelText(AnswerChannel channel) => channel switch
    {
        AnswerChannel.Email => "mail",
        AnswerChannel.Link => "link",
        AnswerChannel.Calendar => "kalender",
        _ => "sekretariatet",
    };

    /// <summary>"10-12-2026 09.15 (mail)", or "(sekretariatet, Karin)" for an answer typed in by the secretariat.</summary>
    public static string When(ParticipantAttendance row) => row.Answer is { } a
        ? $"{Scheduling.CopenhagenTime.ToLocal(a.At):dd-MM-yyyy HH.mm} ({ChannelText(a.Channel)}{(a.RecordedBy is null ? "" : $", {a.RecordedBy}")})"
        : "";

    private static string Text(AttendanceOverview overview, IReadOnlySet<string> changed, QuorumRule quorum)
    {
        var meeting = overview.Meeting;
        var text = new StringBuilder()
            .AppendLine($"{meeting.Title}, {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}")
            .AppendLine()
            .AppendLine(CountsLine(overview.Counts))
            .AppendLine(QuorumLine(overview, quorum))
            .AppendLine();
        if (changed.Count > 0)
        {
            text.AppendLine("Nyt siden sidste oversigt:");
            foreach (var row in overview.Rows.Where(r => changed.Contains(r.Invitee.Key)))
            {
                text.AppendLine($"- {row.Invitee.Name}: {StatusText(row.Status)}{(row.StandIn is { } s ? $" ({s.Name})" : "")}");
            }

            text.AppendLine();
        }

        text.AppendLine("Deltagere:");
        foreach (var row in overview.Rows)
        {
            text.AppendLine($"- {row.Invitee.Name}{(row.Invitee.Organisation is { } o ? $", {o}" : "")}: {StatusText(row.Status)}" +
                            (row.StandIn is { } s ? $", stedfortræder {s.Name}" : "") +
                            (row.Answer is null ? "" : $", {When(row)}"));
        }

        var bounced = overview.With(AttendanceStatus.Undeliverable).ToList();
        if (bounced.Count > 0)
        {
            text.AppendLine().AppendLine("Invitationen kunne ikke leveres til:");
            foreach (var row in bounced)
            {
                text.AppendLine($"- {row.Invitee.Name} <{row.Invitee.Email}>");
            }
        }

        return text.AppendLine().AppendLine("Til referatet:").AppendLine(AttendanceSentence.For(overview)).ToString();
    }

    private static string Html(AttendanceOverview overview, IReadOnlySet<string> changed, QuorumRule quorum)
    {
        var e = HtmlText.Encode;
        var meeting = overview.Meeting;
        var html = new StringBuilder()
            .Append($"<h1>{e(meeting.Title)}</h1>\n<p>{e(DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End))}</p>\n")
            .Append($"<p>{e(CountsLine(overview.Counts))}</p>\n<p><strong>{e(QuorumLine(overview, quorum))}</strong></p>\n")
            .Append("<table>\n<thead><tr><th scope=\"col\">Navn</th><th scope=\"col\">Organisation</th><th scope=\"col\">Status</th><th scope=\"col\">Stedfortræder</th><th scope=\"col\">Svaret</th></tr></thead>\n<tbody>\n");
        foreach (var row in overview.Rows)
        {
            var name = changed.Contains(row.Invitee.Key) ? $"<strong>{e(row.Invitee.Name)}</strong> (nyt)" : e(row.Invitee.Name);
            html.Append($"<tr><td>{name}</td><td>{e(row.Invitee.Organisation)}</td><td>{e(StatusText(row.Status))}</td><td>{e(row.StandIn?.Name)}</td><td>{e(When(row))}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n")
            .Append($"<h2>Til referatet</h2>\n<p>{e(AttendanceSentence.For(overview))}</p>\n");
        return PageLayout.Render($"Fremmøde: {meeting.Title}", html.ToString());
    }

    /// <summary>Semicolon-separated, as Danish Excel opens CSV; fields quoted where they need it.</summary>
    public static string Csv(AttendanceOverview overview)
    {
        static string F(string? v)
        {
            if (v is null)
            {
                return "";
            }

            // A name from a document must not become a spreadsheet formula when the secretariat opens the file.
            var safe = v.Length > 0 && "=+-@".Contains(v[0]) ? "'" + v : v;
            return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
        }

        var csv = new StringBuilder("Navn;Organisation;E-mail;Status;Stedfortræder;Svaret\r\n");
        foreach (var row in overview.Rows)
        {
            csv.Append($"{F(row.Invitee.Name)};{F(row.Invitee.Organisation)};{F(row.Invitee.Email)};{F(StatusText(row.Status))};{F(row.StandIn?.Name)};{F(When(row))}\r\n");
        }

        return csv.ToString();
    }
}
