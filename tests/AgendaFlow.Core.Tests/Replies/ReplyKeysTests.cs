using AgendaFlow.Core.Replies;
using MimeKit;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>The keys a reply is matched to its invitation by.</summary>
public class ReplyKeysTests
{
    [Fact]
    public void The_keys_of_an_ordinary_reply_are_read()
    {
        var message = TestMail.Reply("Jeg deltager.");
        message.References.Add("reminder.2@region.example");

        var keys = ReplyKeysReader.Read(message);

        Assert.Equal("a1b2c3", keys.PlusToken);
        Assert.Equal("invitation.1@region.example", keys.InReplyTo);
        Assert.Equal(["invitation.1@region.example", "reminder.2@region.example"], keys.References);
        Assert.Equal("hanne.roed@rm.example", keys.SenderAddress);
        Assert.Equal("reply.1@rm.example", keys.MessageId);
        Assert.Null(keys.CalendarUid);
    }

    [Fact]
    public void Delivered_to_wins_over_to()
    {
        var message = TestMail.Reply("Jeg deltager.");
        message.To.Clear();
        message.To.Add(new MailboxAddress("Sekretariatet", "dagsorden@region.example"));
        message.Headers.Add("Delivered-To", "dagsorden+zz9@region.example");

        Assert.Equal("zz9", ReplyKeysReader.PlusTokenOf(message));
    }

    [Fact]
    public void X_original_to_carries_the_token_too()
    {
        var message = TestMail.Reply("Jeg deltager.");
        message.To.Clear();
        message.To.Add(new MailboxAddress("Sekretariatet", "dagsorden@region.example"));
        message.Headers.Add("X-Original-To", "dagsorden+Q-7_x@region.example");

        Assert.Equal("Q-7_x", ReplyKeysReader.PlusTokenOf(message));
    }

    [Fact]
    public void A_reply_without_a_plus_address_has_no_token()
    {
        var message = TestMail.Reply("Jeg deltager.");
        message.To.Clear();
        message.To.Add(new MailboxAddress("Sekretariatet", "dagsorden@region.example"));

        Assert.Null(ReplyKeysReader.PlusTokenOf(message));
    }

    [Fact]
    public void The_sender_address_is_lower_case()
    {
        var message = TestMail.Reply("Jeg deltager.", from: "Hanne.Roed@RM.example");

        Assert.Equal("hanne.roed@rm.example", ReplyKeysReader.SenderOf(message));
    }
}
