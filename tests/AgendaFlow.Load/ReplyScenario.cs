using System.Diagnostics;
using System.Text;
using AgendaFlow.TestSupport;
using MailKit;
using MimeKit;

namespace AgendaFlow.Load;

/// <summary>
/// N replies to the meeting's invitations waiting in the agenda mailbox (put there with IMAP APPEND, which is
/// setup, not measured), then one CollectReplies run, timed from the request to its answer.
/// </summary>
internal static class ReplyScenario
{
    // Participants changing their minds: every kind of plain answer the interpreter knows, none that invites a stand-in.
    private static readonly string[] Bodies =
    [
        "Jeg deltager.\n\nMvh",
        "Jeg melder desværre afbud.\n\nVenlig hilsen",
        "Jeg kommer gerne.",
        "Jeg kan desværre ikke deltage i mødet.",
    ];

    public static async Task RunAsync(MailServers mail, RunningApp app, string agendaMailbox, LoadMeeting meeting, int replies, Figures figures)
    {
        Console.WriteLine($"Replies: {replies} waiting in the agenda mailbox");
        await AppendRepliesAsync(mail, agendaMailbox, meeting, replies);
        var waiting = await mail.CountMessagesAsync(agendaMailbox);

        var clock = Stopwatch.StartNew();
        var answer = await LoadApp.PostAsync(app, "/admin/functions/CollectReplies", new StringContent("{}", Encoding.UTF8, "application/json"));
        answer.EnsureSuccessStatusCode();
        var elapsed = clock.Elapsed;

        var left = await mail.CountMessagesAsync(agendaMailbox);
        var result = app.Logs.All.LastOrDefault(l => l.Contains("CollectReplies:", StringComparison.Ordinal)) ?? "no CollectReplies line";
        figures.Add($"{waiting} replies handled by one CollectReplies run", elapsed.TotalSeconds, "s", left == 0 ? 60 : 0, "< 60 s, mailbox empty after");
        figures.Add("per reply", elapsed.TotalMilliseconds / Math.Max(1, waiting - left), "ms", 12, "(< 12 ms for the 60 s)");
        figures.Note($"replies: {result}; {left} left in the inbox");
    }

    private static async Task AppendRepliesAsync(MailServers mail, string agendaMailbox, LoadMeeting meeting, int replies)
    {
        using var client = await mail.OpenImapClientAsync(agendaMailbox);
        var batch = new List<IAppendRequest>();
        for (var i = 0; i < replies; i++)
        {
            var invitation = meeting.Invitations[i % meeting.Invitations.Count];
            batch.Add(new AppendRequest(Reply(invitation, Bodies[i / meeting.Invitations.Count % Bodies.Length], i), MessageFlags.None));
            if (batch.Count == 250 || i == replies - 1)
            {
                await client.Inbox.AppendAsync(batch);
                batch.Clear();
            }
        }

        await client.DisconnectAsync(quit: true);
    }

    private static MimeMessage Reply(MimeMessage invitation, string text, int n)
    {
        var participant = invitation.To.Mailboxes.Single();
        var reply = new MimeMessage();
        reply.From.Add(new MailboxAddress(participant.Name, participant.Address));
        reply.To.AddRange(invitation.ReplyTo.Mailboxes.Select(m => new MailboxAddress(m.Name, m.Address)));
        reply.Subject = "SV: " + invitation.Subject;
        reply.InReplyTo = invitation.MessageId;
        reply.References.Add(invitation.MessageId ?? "");
        reply.MessageId = $"svar{n}.{Guid.NewGuid():N}@{MailServers.Domain}";
        reply.Date = DateTimeOffset.UtcNow.AddMinutes(n / 1000.0);
        reply.Body = new TextPart("plain") { Text = text };
        return reply;
    }
}
