using AgendaFlow.Core.Referater;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class ReferatApprovalTests
{
    private static readonly DateTimeOffset Now = ReferatSamples.Now;

    [Theory]
    [InlineData("Godkendt: ja")]
    [InlineData("**Godkendt:** Ja")]
    [InlineData("Godkendt:\tja")]
    [InlineData("Referatet er godkendt: ja")]
    public void A_Godkendt_ja_line_in_the_header_approves_the_referat_at_once(string line)
    {
        var state = ReferatApproval.Read(ReferatSamples.Minutes(extraHeader: line));

        Assert.True(state.Approved, state.Reason);
        Assert.Null(state.PublishNotBefore);
        Assert.True(state.IsPublishableAt(Now));
    }

    [Theory]
    [InlineData("Godkendt: 2026-12-20")]
    [InlineData("Godkendt: 20. december 2026")]
    [InlineData("Godkendt: 20-12-2026")]
    public void A_date_approves_it_from_that_day_in_Copenhagen(string line)
    {
        var state = ReferatApproval.Read(ReferatSamples.Minutes(extraHeader: line));

        Assert.True(state.Approved);
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.FromHours(1)), state.PublishNotBefore);
        Assert.False(state.IsPublishableAt(new DateTimeOffset(2026, 12, 19, 22, 59, 0, TimeSpan.Zero)));
        Assert.True(state.IsPublishableAt(new DateTimeOffset(2026, 12, 19, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_referat_without_the_line_or_metadata_is_not_approved_and_says_how_to_approve_it()
    {
        var state = ReferatApproval.Read(ReferatSamples.Minutes());

        Assert.False(state.Approved);
        Assert.Contains("Godkendt: ja", state.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Godkendt: nej")]
    [InlineData("Godkendt: ikke endnu")]
    [InlineData("Godkendt:")]
    public void Anything_but_yes_or_a_date_is_not_approved(string line) =>
        Assert.False(ReferatApproval.Read(ReferatSamples.Minutes(extraHeader: line)).Approved);

    [Fact]
    public void Blob_metadata_approved_true_approves_it()
    {
        var state = ReferatApproval.Read(ReferatSamples.Minutes(), new Dictionary<string, string> { ["approved"] = "true", ["publishNotBefore"] = "2026-12-18" });

        Assert.True(state.Approved);
        Assert.Equal(new DateTimeOffset(2026, 12, 18, 0, 0, 0, TimeSpan.FromHours(1)), state.PublishNotBefore);
    }

    [Fact]
    public void A_no_in_either_place_wins_over_a_yes()
    {
        var state = ReferatApproval.Read(ReferatSamples.Minutes(extraHeader: "Godkendt: ja"), new Dictionary<string, string> { ["approved"] = "false" });

        Assert.False(state.Approved);
    }

    [Fact]
    public void A_Godkendt_line_far_down_in_an_item_does_not_count()
    {
        var text = ReferatSamples.Minutes() + string.Concat(Enumerable.Repeat("Tekst.\n", 80)) + "Godkendt: ja\n";

        Assert.False(ReferatApproval.Read(text).Approved);
    }

    [Fact]
    public void The_file_bytes_of_a_Markdown_referat_are_read_the_same_way()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(ReferatSamples.Minutes(extraHeader: "Godkendt: ja"));

        Assert.True(ReferatApproval.Read(bytes, "referat.md").Approved);
        Assert.False(ReferatApproval.Read([0x50, 0x4B, 0x03, 0x04, 0x00], "ødelagt.docx").Approved);
    }
}
