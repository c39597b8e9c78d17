using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Replies that come as HTML only.</summary>
public class HtmlReplyTests
{
    [Fact]
    public void An_html_only_reply_is_read_as_text()
    {
        var reply = TestMail.Interpret(TestMail.HtmlReply("<html><body><p>Hej</p><p>Jeg er desværre forhindret i at deltage.</p><p>Venlig hilsen<br>Anne Dorthe</p></body></html>"));

        Assert.Equal(ReplyIntent.Absent, reply.Intent);
        Assert.Equal("Jeg er desværre forhindret i at deltage.", reply.Evidence);
    }

    [Fact]
    public void A_gmail_quote_is_dropped()
    {
        var html = "<div dir=\"ltr\">Jeg deltager.</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">Den man. 26. aug. skrev Sekretariatet:</div><blockquote>Meld afbud, hvis du ikke kan deltage.</blockquote></div>";

        Assert.Equal(ReplyIntent.Attending, TestMail.Interpret(TestMail.HtmlReply(html)).Intent);
    }

    [Fact]
    public void An_outlook_reply_header_and_everything_after_it_is_dropped()
    {
        var html = "<div>Jeg deltager.</div><hr><div id=\"divRplyFwdMsg\"><b>Fra:</b> Sekretariatet<br><b>Sendt:</b> 26. august</div><div>Kan du ikke deltage, så meld afbud.</div>";

        Assert.Equal(ReplyIntent.Attending, TestMail.Interpret(TestMail.HtmlReply(html)).Intent);
    }

    [Fact]
    public void A_blockquote_is_dropped()
    {
        var html = "<p>Jeg melder afbud.</p><blockquote type=\"cite\">Svar med deltager.</blockquote>";

        Assert.Equal("Jeg melder afbud.", NewTextExtractor.Extract(HtmlText.ToPlainText(html)));
    }

    [Fact]
    public void Style_and_script_are_not_text()
    {
        var html = "<html><head><style>p.deltager { color: red }</style><script>var afbud = 1;</script></head><body><p>Jeg deltager.</p></body></html>";

        Assert.Equal("Jeg deltager.", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Entities_and_non_breaking_spaces_are_decoded()
    {
        Assert.Equal("Jeg kan ikke komme på mødet.", HtmlText.ToPlainText("<p>Jeg&nbsp;kan ikke komme p&aring; m&#248;det.</p>"));
    }

    [Fact]
    public void A_line_break_is_one_new_line()
    {
        Assert.Equal("Venlig hilsen\nAnne", HtmlText.ToPlainText("<p>Venlig hilsen<br>Anne</p>"));
    }

    [Fact]
    public void An_empty_document_is_empty_text()
    {
        Assert.Equal(string.Empty, HtmlText.ToPlainText("   "));
    }
}
