using System.Text;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Rendering;
using MimeKit;

namespace AgendaFlow.Core.Summaries;

/// <summary>
/// The secretariat's overview of one coming meeting: the figures over its seats, whether it is quorate, who is
/// expected (in words that are not the referat's), every seat's line, what changed since the last overview, the
/// mails waiting for manual handling (who and when, never what they say), bounced addresses and roster rows that
/// could not be read, with the table as CSV. Absence reasons are never part of it: the history does not hold them.
/// </summary>
public static class AttendanceSummaryMail
{
    public static MimeMessage Render(
        AttendanceOverview overview,
        IReadOnlySet<string> changedSinceLast,
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
            TextBody = Text(overview, changedSinceLast),
            HtmlBody = Html(overview, changedSinceLast),
        };
        body.Attachments.Add($"fremmoede-{meeting.Id.Value}.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AttendanceCsv.Write(overview))).ToArray(),
            new ContentType("text", "csv") { Charset = "utf-8" });
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Text(AttendanceOverview overview, IReadOnlySet<string> changed)
    {
        var meeting = overview.Meeting;
        var text = new StringBuilder();
        if (overview.Roster.DisplayName is { } committee)
        {
            text.AppendLine(committee);
        }

        text.AppendLine($"{meeting.Title}, {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}")
            .AppendLine()
            .AppendLine(AttendanceText.CountsLine(overview.Counts))
            .AppendLine(AttendanceText.QuorumLine(overview))
            .AppendLine()
            .AppendLine(AttendanceText.ExpectedHeading + ":");
        foreach (var line in AttendanceText.Expected(overview))
        {
            text.AppendLine($"- {line}");
        }

        text.AppendLine();
        if (changed.Count > 0)
        {
            text.AppendLine("Nyt siden sidste oversigt:");
            foreach (var seat in overview.Seats.Where(s => changed.Contains(s.Member.Key)))
            {
                text.AppendLine($"- {seat.Member.Name}: {AttendanceText.Status(seat)}{(seat.StandIn is null ? "" : $" ({AttendanceText.StandIn(seat)})")}");
            }

            text.AppendLine();
        }

        text.AppendLine("Pladser:");
        foreach (var seat in overview.Seats)
        {
            text.AppendLine($"- {seat.Member.Name}{(seat.Member.Organisation is { } o ? $", {o}" : "")}: {AttendanceText.Status(seat)}" +
                            (seat.StandIn is null ? "" : $", stedfortræder {AttendanceText.StandIn(seat)}") +
                            (AttendanceText.When(seat) is { Length: > 0 } when ? $", {when}" : ""));
        }

        if (overview.Waiting.Count > 0)
        {
            text.AppendLine().AppendLine($"Svar, der venter på manuel behandling i mappen »Til manuel behandling« ({overview.Waiting.Count}); indholdet vises ikke her:");
            foreach (var reply in overview.Waiting)
            {
                text.AppendLine($"- {overview.SenderOf(reply)}, modtaget {Scheduling.CopenhagenTime.ToLocal(reply.ReceivedAt):dd-MM-yyyy HH.mm}{(reply.ReadingText is { } reading ? "; " + reading : "")}");
            }
        }

        var bounced = overview.With(SeatStatus.Undeliverable).ToList();
        if (bounced.Count > 0)
        {
            text.AppendLine().AppendLine("Invitationen kunne ikke leveres til:");
            foreach (var seat in bounced)
            {
                text.AppendLine($"- {seat.Member.Name} <{seat.Member.Email}>");
            }
        }

        if (overview.Roster.Problems.Count > 0)
        {
            text.AppendLine().AppendLine("Medlemslisten har rækker, der ikke kunne læses; ret dem i listen:");
            foreach (var problem in overview.Roster.Problems)
            {
                text.AppendLine($"- {problem}");
            }
        }

        return text.ToString();
    }

    private static string Html(AttendanceOverview overview, IReadOnlySet<string> changed)
    {
        var meeting = overview.Meeting;
        var html = new StringBuilder()
            .Append($"<h1>{HtmlText.Encode(meeting.Title)}</h1>\n")
            .Append(AttendanceHtml.Body(overview, changed));
        return PageLayout.Mail($"Fremmøde: {meeting.Title}", html.ToString());
    }
}
