using AgendaFlow.Integration.Tests.Infrastructure;
using MimeKit;

namespace AgendaFlow.Integration.Tests.Mail;

/// <summary>Invitation-like messages with Danish text, so encoding problems show up here first.</summary>
internal static class TestMail
{
    public static MimeMessage Invitation(string to, int number = 1)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Sekretariatet", $"dagsorden@{MailServers.Domain}"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"Dagsorden nr. {number}: Sundhedsstyregruppens møde fredag den 30. august";
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(MailServers.Domain);
        message.Body = new TextPart("plain")
        {
            Text = "Kære deltager\n\nDu inviteres til mødet. Svar venligst på denne mail, hvis du melder afbud.\n\nVenlig hilsen\nSekretariatet",
        };
        return message;
    }

    public static List<MimeMessage> Invitations(string to, int count) =>
        Enumerable.Range(1, count).Select(i => Invitation(to, i)).ToList();
}
