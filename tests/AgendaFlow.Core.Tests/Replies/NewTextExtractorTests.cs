using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Only what the participant wrote now counts: quotes, signatures and disclaimers go.</summary>
public class NewTextExtractorTests
{
    [Fact]
    public void An_outlook_danish_header_block_ends_the_new_text()
    {
        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract("Jeg deltager.\n\n" + TestMail.OutlookQuote));
    }

    [Fact]
    public void An_outlook_english_header_block_ends_the_new_text()
    {
        var body = "Count me in.\n\nFrom: Secretariat <dagsorden@region.example>\nSent: Monday, 26 August 2019 10:15\nTo: Hanne Roed\nSubject: Invitation\n\nPlease reply \"attending\" or \"afbud\".";

        Assert.Equal("Count me in.", NewTextExtractor.Extract(body));
    }

    [Fact]
    public void A_bold_outlook_header_block_from_html_ends_the_new_text()
    {
        var body = "Jeg deltager.\n\n*Fra:* Sekretariatet\n*Sendt:* 26. august 2019 10:15\n*Emne:* Indkaldelse\n\nSvar med \"afbud\".";

        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract(body));
    }

    [Theory]
    [InlineData("-----Oprindelig meddelelse-----")]
    [InlineData("-----Original Message-----")]
    [InlineData("---------- Forwarded message ---------")]
    [InlineData("________________________________")]
    public void A_separator_line_ends_the_new_text(string separator)
    {
        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract($"Jeg deltager.\n\n{separator}\nSvar med \"afbud\"."));
    }

    [Theory]
    [InlineData("Den tors. 10. dec. 2026 kl. 09.12 skrev Sekretariatet <dagsorden@region.example>:")]
    [InlineData("Den 26. aug. 2019 kl. 10.15 skrev Sekretariatet <dagsorden@region.example>:")]
    [InlineData("On Mon, 26 Aug 2019 at 10:15, Sekretariatet <dagsorden@region.example> wrote:")]
    [InlineData("Am 26.08.2019 um 10:15 schrieb Sekretariatet:")]
    [InlineData("Sekretariatet <dagsorden@region.example> skrev den 26. aug. 2019 10:15:")]
    public void An_attribution_line_ends_the_new_text(string attribution)
    {
        var body = $"Jeg deltager.\n\n{attribution}\n> Svar venligst med \"deltager\" eller \"afbud\".\n> Kan du ikke deltage?";

        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract(body));
    }

    [Fact]
    public void An_attribution_wrapped_over_two_lines_ends_the_new_text()
    {
        var body = "Jeg deltager.\n\nOn Mon, 26 Aug 2019 at 10:15, Sekretariatet <\ndagsorden@region.example> wrote:\n\nSvar med \"afbud\".";

        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract(body));
    }

    [Fact]
    public void Quoted_lines_are_dropped_and_a_bottom_posted_answer_is_kept()
    {
        var body = "Den 26. aug. 2019 kl. 10.15 skrev Sekretariatet <dagsorden@region.example>:\n> Svar med \"deltager\" eller \"afbud\".\n\nJeg melder afbud.";

        Assert.Equal("Jeg melder afbud.", NewTextExtractor.Extract(body));
    }

    [Theory]
    [InlineData("Med venlig hilsen\nHanne Roed\nKonsulent, deltager i arbejdsgruppen")]
    [InlineData("Venlig hilsen\nHanne")]
    [InlineData("Mvh Hanne")]
    [InlineData("Mvh.\nHanne")]
    [InlineData("-- \nHanne Roed | Afdeling for afbud og deltagelse")]
    [InlineData("Sendt fra min iPhone")]
    [InlineData("Sent from my iPhone")]
    [InlineData("Best regards,\nHanne")]
    [InlineData("Kind regards\nHanne")]
    [InlineData("Venlige hilsner\nHanne")]
    [InlineData("Bedste hilsner\nHanne")]
    [InlineData("Thanks,\nJohn\nMember, deltager i styregruppen")]
    public void A_signature_is_not_new_text(string signature)
    {
        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract($"Jeg deltager.\n\n{signature}"));
    }

    [Fact]
    public void A_closing_on_the_same_line_ends_the_new_text()
    {
        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract("Jeg deltager. Mvh Hanne"));
    }

    [Theory]
    [InlineData("Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke kan deltage i modtagelsen ...")]
    [InlineData("This e-mail may contain confidential information. If you cannot attend to it ...")]
    [InlineData("Tænk på miljøet, før du printer denne mail.")]
    public void A_disclaimer_is_not_new_text(string disclaimer)
    {
        Assert.Equal("Jeg melder afbud.", NewTextExtractor.Extract($"Jeg melder afbud.\n\n{disclaimer}"));
    }

    [Fact]
    public void A_line_starting_with_fra_that_is_not_a_header_block_is_kept()
    {
        Assert.Equal("Fra kl. 12 deltager jeg.", NewTextExtractor.Extract("Fra kl. 12 deltager jeg."));
    }

    [Fact]
    public void Windows_line_endings_and_non_breaking_spaces_are_read_as_plain_ones()
    {
        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract("Jeg\u00A0deltager.\r\n\r\nMvh\r\nHanne"));
    }

    [Fact]
    public void Quoted_invitation_words_do_not_decide_the_answer()
    {
        var body = "Hvor ligger lokalet?\n\n" + TestMail.OutlookQuote;

        Assert.Equal(ReplyIntent.Unclear, TestMail.IntentOf(body));
    }

    [Fact]
    public void A_quoted_invitation_with_afbud_does_not_make_an_attending_reply_absent()
    {
        var body = "Jeg deltager.\n\nDen 26. aug. 2019 kl. 10.15 skrev Sekretariatet <dagsorden@region.example>:\n> Meld venligst afbud, hvis du ikke kan deltage.";

        Assert.Equal(ReplyIntent.Attending, TestMail.IntentOf(body));
    }

    [Fact]
    public void A_header_block_on_one_line_ends_the_new_text()
    {
        var body = "Jeg deltager.\n\nFra: Sekretariatet Sendt: 26. august 2019 10:15 Til: Hanne Emne: Indkaldelse\nMeld afbud, hvis du ikke kan.";

        Assert.Equal("Jeg deltager.", NewTextExtractor.Extract(body));
    }

    [Fact]
    public void Thanks_before_the_answer_is_a_greeting_and_is_kept()
    {
        Assert.Equal("Tak!\nJeg deltager.", NewTextExtractor.Extract("Tak!\nJeg deltager."));
    }
}
