using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>
/// HTML bodies as real mail clients send them, read as text through AngleSharp's HTML5 parser: quoted parts
/// (blockquote, Outlook's divRplyFwdMsg, Gmail's gmail_quote, Apple Mail's and the iPhone's type="cite") go, line
/// breaks stay.
/// </summary>
public class HtmlTextTests
{
    [Fact]
    public void Outlook_desktop_word_html_keeps_paragraphs_and_drops_head_styles_and_conditional_comments()
    {
        var html =
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\r\n<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>\r\n" +
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\r\n" +
            "<!--[if gte mso 9]><xml><o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" /></xml><![endif]-->\r\n" +
            "<style><!--\r\np.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;}\r\n--></style></head>\r\n" +
            "<body lang=DA style='word-wrap:break-word'>\r\n<div class=WordSection1>\r\n<p class=MsoNormal>Hej<o:p></o:p></p>\r\n" +
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n<p class=MsoNormal>Jeg m&aring; desv&aelig;rre melde afbud &#8211; jeg er p&aring; kursus.<o:p></o:p></p>\r\n" +
            "<p class=MsoNormal>Med venlig hilsen<o:p></o:p></p>\r\n" +
            "<table class=MsoNormalTable border=0><tr><td><p class=MsoNormal><b>Anne Dorthe Bjerrum</b></p></td><td><p class=MsoNormal>Specialkonsulent</p></td></tr></table>\r\n" +
            "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>Fra:</b> Sekretariatet &lt;agenda@agendaflow.example&gt; <br>" +
            "<b>Sendt:</b> 26. august 2019 10:15<br><b>Emne:</b> Indkaldelse<o:p></o:p></p></div></div>\r\n</div></body></html>";

        Assert.Equal(
            "Hej\n\nJeg må desværre melde afbud – jeg er på kursus.\n\nMed venlig hilsen\n\nAnne Dorthe Bjerrum\n\nSpecialkonsulent\n\n" +
            "Fra: Sekretariatet <agenda@agendaflow.example>\nSendt: 26. august 2019 10:15\nEmne: Indkaldelse",
            HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Outlook_on_the_web_drops_its_reply_header_the_rule_before_it_and_everything_after_it()
    {
        var html =
            "<html><head><style type=\"text/css\"> P {margin-top:0;} </style></head><body dir=\"ltr\">\r\n" +
            "<div class=\"elementToProof\">\r\nJeg deltager gerne.</div>\r\n<div id=\"Signature\"><p>Mvh<br>Ole</p></div>\r\n" +
            "<div id=\"appendonsend\"></div>\r\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\r\n" +
            "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri\"><b>Fra:</b> Sekretariatet<br><b>Sendt:</b> 26. august 2019</font><div>&nbsp;</div></div>\r\n" +
            "<div>Meld afbud, hvis du ikke kan deltage.</div>\r\n</body>\r\n</html>";

        Assert.Equal("Jeg deltager gerne.", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void An_outlook_header_block_ends_the_answer_only_within_its_parent()
    {
        var html = "<p>Jeg deltager.</p><div><div id=\"x_divRplyFwdMsg\">Fra: X</div><div>afbud</div></div><p>efter</p>";

        Assert.Equal("Jeg deltager.\n\nefter", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Gmail_drops_its_quote_and_signature()
    {
        var html =
            "<div dir=\"ltr\">Jeg kommer gerne.<br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>" +
            "<div dir=\"ltr\" class=\"gmail_signature\">Ole Bach<br>Skive Kommune</div></div><br><div class=\"gmail_quote\">" +
            "<div dir=\"ltr\" class=\"gmail_attr\">Den tirs. 27. aug. 2019 kl. 09.03 skrev Sekretariatet &lt;<a href=\"mailto:a@b.example\">a@b.example</a>&gt;:<br></div>" +
            "<blockquote class=\"gmail_quote\" style=\"margin:0px\">Meld afbud, hvis du ikke kan deltage.</blockquote></div>\r\n";

        Assert.Equal("Jeg kommer gerne.\n\n--", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Apple_mail_drops_blockquotes_of_type_cite()
    {
        var html =
            "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">Jeg deltager.<br><br>" +
            "<div dir=\"ltr\">Sendt fra min iPhone</div><div dir=\"ltr\"><br><blockquote type=\"cite\">Den 27. aug. 2019 kl. 09.03 skrev X:<br><br></blockquote></div>" +
            "<blockquote type=\"cite\"><div dir=\"ltr\">Meld afbud, hvis du ikke kan deltage.</div></blockquote></body></html>";

        Assert.Equal("Jeg deltager.\n\nSendt fra min iPhone", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Thunderbird_drops_its_cite_prefix_quote_and_signature()
    {
        var html =
            "<html><body><p>Jeg er desv&aelig;rre forhindret.<br></p><div class=\"moz-cite-prefix\">Den 27-08-2019 kl. 09:03 skrev Sekretariatet:<br></div>" +
            "<blockquote type=\"cite\" cite=\"mid:abc@agendaflow.example\">Meld afbud.</blockquote><br><pre class=\"moz-signature\" cols=\"72\">-- \nOle</pre></body></html>";

        Assert.Equal("Jeg er desværre forhindret.", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Yahoo_drops_its_quoted_block()
    {
        var html = "<div><div>Jeg kommer.</div><div class=\"yahoo_quoted\"><div>On Tuesday, Sekretariatet wrote:</div><div>Meld afbud</div></div></div>";

        Assert.Equal("Jeg kommer.", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Named_numeric_and_windows_1252_entities_are_decoded()
    {
        var html = "<P>Jeg kan&nbsp;ikke komme &ndash; desv&aelig;rre. &#8220;Afbud&#8221; &amp; tak &hellip; &#x00E6;&#248;&aring; &euro; &lt;br&gt; &#150;</P>";

        Assert.Equal("Jeg kan ikke komme – desværre. “Afbud” & tak … æøå € <br> –", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Old_latin_1_entities_without_semicolon_are_decoded_and_unknown_ones_kept()
    {
        Assert.Equal("Hej © 2019 & ¬it; &bogus; &", HtmlText.ToPlainText("<div>Hej &copy 2019 &AMP; &notit; &bogus; &amp</div>"));
    }

    [Fact]
    public void Line_breaks_and_paragraphs_in_upper_case_tags_are_lines()
    {
        Assert.Equal("Hej\nJeg deltager\n\nMvh", HtmlText.ToPlainText("<P>Hej<BR>Jeg deltager<BR></P><DIV>Mvh</DIV>"));
    }

    [Fact]
    public void Nested_lists_give_one_item_per_paragraph()
    {
        var html = "<p>Jeg deltager kun i:</p><ul><li>punkt 1<ul><li>punkt 1a</li><li>punkt 1b</ul></li><li>punkt 3</li></ul><ol><li>a<li>b</ol>";

        Assert.Equal("Jeg deltager kun i:\n\npunkt 1\n\npunkt 1a\n\npunkt 1b\n\npunkt 3\n\na\n\nb", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Style_script_and_title_in_the_body_are_not_text()
    {
        Assert.Equal("Jeg deltager fysisk.", HtmlText.ToPlainText("<div>Jeg deltager<style>p{color:red}</style><script>var afbud=1;</script> fysisk.</div><title>Afbud</title>"));
    }

    [Fact]
    public void Table_rows_are_lines_and_cells_are_separated_by_a_space()
    {
        var html = "<table><tr><td>Navn</td><td>Deltager</td></tr><tr><th>Ole</th><td>Ja</td></tr></table><p>Mvh</p>";

        Assert.Equal("Navn Deltager\n\nOle Ja\n\nMvh", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Line_breaks_in_the_source_are_lines_and_a_pre_drops_its_first_one()
    {
        Assert.Equal("Line one\nline two\nline three\n\nindented\ntext", HtmlText.ToPlainText("<div>Line one\r\nline two\rline three</div><pre>\n  indented\n  text</pre>"));
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_end_where_html_ends_them()
    {
        Assert.Equal("a\n\nb\n\nc", HtmlText.ToPlainText("<p>a<div>b</div><ul><li>c"));
    }

    [Fact]
    public void Text_strayed_between_table_rows_is_read_before_the_table()
    {
        Assert.Equal("stray\n\nx", HtmlText.ToPlainText("<table><tr>stray<td>x</td></tr></table>"));
    }

    [Fact]
    public void A_less_than_sign_that_starts_no_tag_is_text_and_comments_are_not()
    {
        Assert.Equal("a < b <3 c", HtmlText.ToPlainText("a < b <3 <!-- afbud --> <!x> <?php?> </> c"));
    }

    [Fact]
    public void A_tag_cut_off_by_the_end_of_the_body_is_dropped()
    {
        Assert.Equal("Jeg deltager.", HtmlText.ToPlainText("<p>Jeg deltager.</p><div class=\"gmail_quote"));
    }
}
