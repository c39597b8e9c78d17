using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace AgendaFlow.Cli.Demo;

/// <summary>The participants' side of the demo: their local mailboxes (IMAP) and their answers by mail (SMTP).</summary>
internal sealed class DemoMail(string imapHost, int imapPort, string smtpHost, int smtpPort, string password)
{
    /// <summary>The newest mail in the mailbox whose subject starts with <paramref name="subjectStart"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, string subjectStart, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using (var client = new ImapClient { Timeout = 15_000 })
            {
                await client.ConnectAsync(imapHost, imapPort, SecureSocketOptions.None, cancellationToken);
                await client.AuthenticateAsync(address, password, cancellationToken);
                await client.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
                for (var i = client.Inbox.Count - 1; i >= 0; i--)
                {
                    var message = await client.Inbox.GetMessageAsync(i, cancellationToken);
                    if (message.Subject?.StartsWith(subjectStart, StringComparison.Ordinal) == true)
                    {
                        return message;
                    }
                }

                await client.DisconnectAsync(true, cancellationToken);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Ingen mail »{subjectStart}…« kom frem til {address} inden for {timeout.TotalSeconds:0} sekunder.");
            }

            await Task.Delay(1000, cancellationToken);
        }
    }

    public Task ReplyAsync(MimeMessage invitation, string from, string text, CancellationToken cancellationToken) =>
        SendAsync(Reply(invitation, from, new TextPart("plain") { Text = text }), cancellationToken);

    /// <summary>What Outlook sends when "Accepter" is pressed: an iTIP REPLY with the attendee's PARTSTAT.</summary>
    public Task AcceptInOutlookAsync(MimeMessage invitation, string from, string name, CancellationToken cancellationToken)
    {
        var request = invitation.BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "calendar")).Text;
        var uid = request.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith("UID:", StringComparison.Ordinal))[4..];
        var calendar = string.Join("\r\n",
            "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
            "BEGIN:VEVENT", $"ATTENDEE;PARTSTAT=ACCEPTED;CN={name}:mailto:{from}", $"UID:{uid}",
            "SEQUENCE:0", $"DTSTAMP:{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}", "END:VEVENT", "END:VCALENDAR", "");
        var body = new Multipart("alternative")
        {
            new TextPart("plain") { Text = "" },
            new TextPart("calendar") { Text = calendar, ContentType = { Parameters = { { "method", "REPLY" } } } },
        };
        var reply = Reply(invitation, from, body);
        reply.Subject = "Accepteret: " + invitation.Subject;
        return SendAsync(reply, cancellationToken);
    }

    public Task AutoReplyAsync(MimeMessage invitation, string from, CancellationToken cancellationToken)
    {
        var reply = Reply(invitation, from, new TextPart("plain") { Text = "Jeg er på ferie og læser ikke mail før den 4. januar.\n" });
        reply.Subject = "Automatisk svar: " + invitation.Subject;
        reply.Headers.Add("Auto-Submitted", "auto-replied");
        return SendAsync(reply, cancellationToken);
    }

    private static MimeMessage Reply(MimeMessage invitation, string from, MimeEntity body)
    {
        var reply = new MimeMessage { Subject = "SV: " + invitation.Subject, InReplyTo = invitation.MessageId, Body = body };
        if (invitation.MessageId is { } id)
        {
            reply.References.Add(id);
        }

        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.AddRange(invitation.ReplyTo.Count > 0 ? invitation.ReplyTo : invitation.From);
        return reply;
    }

    private async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var smtp = new SmtpClient { Timeout = 15_000 };
        await smtp.ConnectAsync(smtpHost, smtpPort, SecureSocketOptions.None, cancellationToken);
        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }
}
