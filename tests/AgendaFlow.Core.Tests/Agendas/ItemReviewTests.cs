using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>
/// The item list is put before the chair when the parser found it by weak cues only: headings it had to number
/// itself, a single item, or a list that starts past the first item. A plainly numbered list is not.
/// </summary>
public sealed class ItemReviewTests
{
    private const string Header =
        """
        Dagsorden for Styregruppen for Sundhedshuset

        Tid: 3. marts 2027 kl. 10.00-12.00
        Sted: Mødelokale 2, Rådhuset
        Deltagere: Anne Holm, Bo Lund


        """;

    private static AgendaDocument Parse(string text, string fileName = "dagsorden.txt") =>
        Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), fileName)).Document;

    [Fact]
    public void A_plainly_numbered_item_list_is_not_put_under_review()
    {
        var document = Parse(Header + "1. Godkendelse af dagsorden\n2. Status på byggeriet\n3. Eventuelt\n");

        Assert.DoesNotContain(ReviewField.Items, document.Review);
    }

    [Fact]
    public void Items_that_are_only_unnumbered_word_headings_are_put_under_review()
    {
        var docx = Fixtures.Docx(
        [
            ("Title", "Dagsorden for Styregruppen for Sundhedshuset", 0),
            (null, "Tid: 3. marts 2027 kl. 10.00-12.00", 0),
            (null, "Sted: Mødelokale 2, Rådhuset", 0),
            (null, "Deltagere: Anne Holm, Bo Lund", 0),
            ("Heading2", "Godkendelse af dagsorden", 0),
            (null, "Dagsordenen godkendes.", 0),
            ("Heading2", "Status på byggeriet", 0),
            (null, "Orientering ved projektlederen.", 0),
            ("Heading2", "Eventuelt", 0),
        ]);

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(docx, "dagsorden.docx")).Document;

        Assert.Equal(["Godkendelse af dagsorden", "Status på byggeriet", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Contains(ReviewField.Items, document.Review);
    }

    [Fact]
    public void A_single_item_is_put_under_review()
    {
        var document = Parse(Header + "1. Godkendelse af dagsorden\n\nIndstilling: at dagsordenen godkendes.\n");

        Assert.Contains(ReviewField.Items, document.Review);
    }

    [Fact]
    public void A_list_that_starts_at_its_second_item_is_put_under_review()
    {
        var document = Parse(Header + "2. Status på byggeriet\n3. Budget\n4. Eventuelt\n");

        Assert.Contains(ReviewField.Items, document.Review);
    }

    [Fact]
    public void Items_named_punkt_with_the_year_s_numbers_are_not_put_under_review()
    {
        var document = Parse(Header + "Punkt 43: Godkendelse af dagsorden\nPunkt 44: Status på byggeriet\nPunkt 45: Eventuelt\n");

        Assert.DoesNotContain(ReviewField.Items, document.Review);
    }
}
