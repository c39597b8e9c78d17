using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>
/// Deeply nested and oversized markup ends in a parsed document or a Danish reason within a second; a slow input is
/// measured again before the test fails (see <see cref="TimeBound"/>).
/// </summary>
public sealed class MarkupBoundsTests
{
    private const string Head = "<html><body><h1>Dagsorden</h1><p>Tid: 3. marts 2027 kl. 10-12</p><p>Sted: Rådhuset</p>";
    private const string Tail = "<ol><li>Godkendelse af dagsorden</li><li>Eventuelt</li></ol></body></html>";

    private static ParseOutcome ParseWithinASecond(string text, string fileName)
    {
        AgendaFileParser.Parse(Fixtures.Utf8(Fixtures.SmallAgenda), "warm-up.txt");
        return TimeBound.Within(TimeSpan.FromSeconds(1), () => AgendaFileParser.Parse(Encoding.UTF8.GetBytes(text), fileName), fileName);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("blockquote")]
    [InlineData("table")]
    public void A_hundred_thousand_nested_elements_are_refused_with_a_danish_reason_within_a_second(string element)
    {
        var html = Head + string.Concat(Enumerable.Repeat($"<{element}>", 100_000)) + "x" + string.Concat(Enumerable.Repeat($"</{element}>", 100_000)) + Tail;

        var rejected = Assert.IsType<ParseOutcome.Rejected>(ParseWithinASecond(html, "dagsorden.html"));

        Assert.Equal(MarkupBounds.TooDeepReason, rejected.Reason);
    }

    [Fact]
    public void Deep_nesting_at_random_depths_and_elements_ends_within_a_second()
    {
        var random = new Random(20261202);
        string[] elements = ["div", "section", "ul", "li", "b", "i", "span", "font", "p", "td"];
        for (var i = 0; i < 20; i++)
        {
            var depth = random.Next(50, 60_000);
            var open = new StringBuilder();
            var close = new StringBuilder();
            for (var d = 0; d < depth; d++)
            {
                var name = elements[random.Next(elements.Length)];
                open.Append('<').Append(name).Append('>');
                close.Insert(0, $"</{name}>");
                if (d > 5_000)
                {
                    // Past a few thousand levels, only the opening tags: many real files never close them.
                    close.Clear();
                }
            }

            var outcome = ParseWithinASecond(Head + open + "tekst" + close + Tail, "dagsorden.html");
            if (outcome is ParseOutcome.Rejected rejected)
            {
                Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
            }
        }
    }

    [Fact]
    public void A_million_inline_tags_are_refused_within_a_second()
    {
        var html = Head + "<p>" + string.Concat(Enumerable.Repeat("<b>x</b>", 1_000_000)) + "</p>" + Tail;

        var rejected = Assert.IsType<ParseOutcome.Rejected>(ParseWithinASecond(html, "dagsorden.html"));

        Assert.Equal(MarkupBounds.TooManyTagsReason, rejected.Reason);
    }

    [Theory]
    [InlineData("dagsorden.html")]
    [InlineData("dagsorden.md")]
    [InlineData("dagsorden.txt")]
    public void A_ten_megabyte_paragraph_is_refused_as_too_long_within_a_second(string fileName)
    {
        var paragraph = new StringBuilder(10_000_000).Insert(0, "ord ", 2_500_000).ToString();
        var text = fileName.EndsWith(".html", StringComparison.Ordinal) ? Head + "<p>" + paragraph + "</p>" + Tail : "Dagsorden\n\nTid: 3. marts 2027 kl. 10-12\n\n" + paragraph + "\n\n1. Godkendelse\n2. Eventuelt\n";

        var rejected = Assert.IsType<ParseOutcome.Rejected>(ParseWithinASecond(text, fileName));

        Assert.Equal(AgendaTextParser.TooLongReason, rejected.Reason);
    }

    [Fact]
    public void Deeply_nested_markdown_quotes_and_lists_end_within_a_second()
    {
        var markdown = "# Dagsorden\n\nTid: 3. marts 2027 kl. 10-12\n\n" + string.Concat(Enumerable.Repeat("> ", 100_000)) + "x\n\n" + string.Concat(Enumerable.Repeat("  - ", 50_000)) + "y\n\n1. Godkendelse\n2. Eventuelt\n";

        var outcome = ParseWithinASecond(markdown, "dagsorden.md");

        Assert.True(outcome is ParseOutcome.Parsed || outcome is ParseOutcome.Rejected { Reason.Length: > 0 });
    }

    [Theory]
    [InlineData("dagsorden.md", "<b>x</b>")]
    [InlineData("dagsorden.md", "**x** ")]
    [InlineData("dagsorden.md", "*x* ")]
    [InlineData("dagsorden.md", "[x](y) ")]
    [InlineData("dagsorden.txt", "<b>x</b>")]
    [InlineData("dagsorden.txt", "**x** ")]
    public void A_million_inline_marks_in_markdown_or_text_end_within_a_second(string fileName, string mark)
    {
        var text = "# Dagsorden\n\nTid: 3. marts 2027 kl. 10-12\n\n" + new StringBuilder(mark.Length * 1_000_000).Insert(0, mark, 1_000_000) + "\n\n1. Godkendelse\n2. Eventuelt\n";

        var outcome = ParseWithinASecond(text, fileName);

        Assert.True(outcome is ParseOutcome.Parsed || outcome is ParseOutcome.Rejected { Reason.Length: > 0 });
    }

    [Theory]
    [InlineData("dagsorden.md", "<span>", "</span>")]
    [InlineData("dagsorden.md", "[", "](x)")]
    [InlineData("dagsorden.md", "**_", "_**")]
    [InlineData("dagsorden.txt", "<div>", "</div>")]
    [InlineData("dagsorden.txt", "(", ")")]
    public void A_hundred_thousand_nested_marks_in_markdown_or_text_end_within_a_second(string fileName, string open, string close)
    {
        var text = "# Dagsorden\n\nTid: 3. marts 2027 kl. 10-12\n\n" + new StringBuilder().Insert(0, open, 100_000) + "x" + new StringBuilder().Insert(0, close, 100_000) + "\n\n1. Godkendelse\n2. Eventuelt\n";

        var outcome = ParseWithinASecond(text, fileName);

        Assert.True(outcome is ParseOutcome.Parsed || outcome is ParseOutcome.Rejected { Reason.Length: > 0 });
    }

    [Fact]
    public void A_word_agenda_saved_as_a_web_page_is_within_the_bounds()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", "agendas-wide", "word-webside-sundhedshus-styregruppe.html"), Encoding.Latin1);

        Assert.Null(MarkupBounds.Check(html));
    }
}
