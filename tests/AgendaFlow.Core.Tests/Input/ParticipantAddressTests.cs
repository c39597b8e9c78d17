using AgendaFlow.Core.Input;

namespace AgendaFlow.Core.Tests.Input;

public sealed class ParticipantAddressTests
{
    [Theory]
    [InlineData("per@example.com")]
    [InlineData("  anne.holm@region.example ")]
    [InlineData("søren.ørsted@kommune.dk")]
    [InlineData("dagsorden+abc123@region.example")]
    public void An_ordinary_address_is_accepted(string text)
    {
        Assert.True(ParticipantAddress.TryCreate(text, out var address, out var refusal));
        Assert.Null(refusal);
        Assert.Equal(text.Trim(), address.Value);
    }

    [Fact]
    public void The_domain_is_lower_cased_and_the_local_part_kept()
    {
        Assert.Equal("Per.Hansen@example.com", ParticipantAddress.TryCreate("Per.Hansen@Example.COM")!.Value);
    }

    [Theory]
    [InlineData("per@example.com, boss@evil.example")]
    [InlineData("per@example.com; boss@evil.example")]
    [InlineData("friends: per@example.com, boss@evil.example;")]
    [InlineData("per@example.com (boss@evil.example)")]
    [InlineData("Per <per@example.com>")]
    [InlineData("\"per@x\"@example.com")]
    [InlineData("per@example.com\rBcc: boss@evil.example")]
    [InlineData("per@example.com\nBcc: boss@evil.example")]
    [InlineData("per@exa\u000bmple.com")]
    [InlineData("per@exa\u0085mple.com")]
    [InlineData("per\u2028@example.com")]
    [InlineData("per @example.com")]
    [InlineData("per")]
    [InlineData("per@")]
    [InlineData("@example.com")]
    [InlineData("per@localhost")]
    [InlineData("per@@example.com")]
    [InlineData("per@example..com")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_exactly_one_plain_mailbox_is_refused_in_Danish(string? text)
    {
        Assert.False(ParticipantAddress.TryCreate(text, out _, out var refusal));
        Assert.Equal("E-mailadresse", refusal!.Field);
        Assert.Matches("[æøå]|Adressen|Skriv", refusal.Reason);
    }

    [Theory]
    [InlineData("per@example.com\n")]
    [InlineData("per@example.com\u2028")]
    [InlineData("\u0085per@example.com")]
    public void Line_breaks_around_an_address_are_trimmed_away_not_kept(string text)
    {
        Assert.Equal("per@example.com", ParticipantAddress.TryCreate(text)!.Value);
    }

    [Fact]
    public void An_address_longer_than_a_mail_path_is_refused()
    {
        var text = new string('a', 250) + "@example.com";
        Assert.Null(ParticipantAddress.TryCreate(text));
    }

    [Fact]
    public void The_mailbox_it_becomes_is_one_recipient_with_the_same_address()
    {
        var address = ParticipantAddress.TryCreate("per@example.com")!;
        var name = PersonName.TryCreate("Per Hansen")!;
        var list = new MimeKit.InternetAddressList { address.ToMailbox(name) };
        var reparsed = MimeKit.InternetAddressList.Parse(list.ToString(encode: true));
        Assert.Single(reparsed.Mailboxes);
        Assert.Equal("per@example.com", reparsed.Mailboxes.Single().Address);
    }
}
