using MimeKit;

namespace AgendaFlow.Core.Invitations;

/// <summary>The mail that tells the secretariat a message could not be delivered, in the server's own words.</summary>
public static class FailureReport
{
    public const string KeyPrefix = "failure.";

    public static MimeMessage Render(string to, string subject, string? serverAnswer, MailSettings settings, string secretariat, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = $"Kunne ikke sendes: {subject}", Date = now };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(secretariat));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart("plain")
        {
            Text = $"""
                AgendaFlow kunne ikke sende denne mail, og har opgivet at prøve igen:

                Til: {to}
                Emne: {subject}

                Mailserverens svar:
                {serverAnswer ?? "(intet svar)"}

                Kontrollér adressen, og ret den i dagsordenen eller medlemslisten.
                """,
        };
        return message;
    }
}
