using AgendaFlow.Core.Input;

namespace AgendaFlow.Core.Tests.Input;

public sealed class CommitteeNameTests
{
    [Theory]
    [InlineData("sundhed")]
    [InlineData("ældrerådet")]
    [InlineData("klima-og-miljø_2026")]
    [InlineData("udvalg.teknik")]
    public void A_folder_name_of_letters_digits_and_dashes_is_a_committee(string text)
    {
        Assert.Equal(text, CommitteeName.TryCreate(text)!.Value);
    }

    [Theory]
    [InlineData("../rosters")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("sund hed")]
    [InlineData("sund#hed")]
    [InlineData("sund?hed")]
    [InlineData("sundhed\r\nORGANIZER:evil")]
    [InlineData("")]
    public void A_name_that_is_not_one_plain_folder_is_refused(string text)
    {
        Assert.False(CommitteeName.TryCreate(text, out _, out var refusal));
        Assert.Equal("Udvalg", refusal!.Field);
    }

    [Fact]
    public void A_committee_name_has_a_length_limit()
    {
        Assert.Null(CommitteeName.TryCreate(new string('a', CommitteeName.MaxLength + 1)));
    }
}
