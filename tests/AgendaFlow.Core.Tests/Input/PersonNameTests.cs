using AgendaFlow.Core.Input;

namespace AgendaFlow.Core.Tests.Input;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Lene Østergaard")]
    [InlineData("Anne-Marie Brøndum Ibsen")]
    [InlineData("Dr. Jens O'Neill")]
    public void A_name_on_one_line_is_accepted(string text)
    {
        Assert.Equal(text, PersonName.TryCreate(text)!.Value);
    }

    [Fact]
    public void Runs_of_spaces_become_one()
    {
        Assert.Equal("Ib Iversen", PersonName.TryCreate("  Ib   Iversen ")!.Value);
    }

    [Theory]
    [InlineData("Ib Iversen\r\nATTENDEE;CN=Evil:mailto:evil@evil.example")]
    [InlineData("Ib Iversen\nBcc: evil@evil.example")]
    [InlineData("Ib\u000bIversen")]
    [InlineData("Ib\u0085Iversen")]
    [InlineData("Ib\u2028Iversen")]
    [InlineData("Ib\u2029Iversen")]
    [InlineData("Ib\u202eIversen")]
    [InlineData("Ib\tIversen")]
    [InlineData("Ib \"Evil\" Iversen")]
    [InlineData("Ib <evil@evil.example>")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_name_that_could_add_a_line_or_an_address_is_refused(string? text)
    {
        Assert.False(PersonName.TryCreate(text, out _, out var refusal));
        Assert.Equal("Navn", refusal!.Field);
        Assert.StartsWith("Navnet", refusal.Reason);
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused()
    {
        Assert.Null(PersonName.TryCreate(new string('a', PersonName.MaxLength + 1)));
        Assert.NotNull(PersonName.TryCreate(new string('a', PersonName.MaxLength)));
    }
}
