using System.Net;
using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>
/// Breaks between items ("Pause kl. 14.20–14.30") are kept in their place, in every format a chair uploads, and
/// never become items or change the items' numbers.
/// </summary>
public sealed class AgendaBreakTests
{
    private static readonly string[] Items =
    [
        "Godkendelse af dagsorden (kl. 9.00-9.10)",
        "Orientering om ældreområdets rehabiliteringsforløb (kl. 9.10-10.45) v/Mette Holm",
        "Budgetopfølgning for sundhedsområdet (kl. 11.00-11.45)",
        "Eventuelt (kl. 11.45-12.00)",
    ];

    private static readonly string[] Header =
    [
        "Dagsorden",
        "Følgegruppen for det nære sundhedsvæsen",
        "Tid: Onsdag den 14. april 2027 kl. 9.00-12.00",
        "Sted: Rådhuset, mødelokale 4",
        "Deltagere:",
        "Mette Holm, mette.holm@kommune.example",
        "Per Dam, per.dam@region.example",
    ];

    private const string Body = "Udvalget orienteres om status og den videre proces.";

    /// <summary>The same agenda with a break after item 2, written as each format writes it.</summary>
    public static TheoryData<string, string, TimeOnly, TimeOnly?, string> Documents()
    {
        var data = new TheoryData<string, string, TimeOnly, TimeOnly?, string>();
        foreach (var (line, title, start, end) in new (string, string, TimeOnly, TimeOnly?)[]
                 {
                     ("Pause kl. 10.45–11.00", "Pause", new(10, 45), new(11, 0)),
                     ("KAFFEPAUSE (kl. 10.45-11.00)", "Kaffepause", new(10, 45), new(11, 0)),
                     ("10.45-11.00 Formiddagspause", "Formiddagspause", new(10, 45), new(11, 0)),
                     ("Kort strækpause kl. 10.45", "Kort strækpause", new(10, 45), null),
                     ("Let frokost og kaffe kl. 10.45 til 11.00", "Let frokost og kaffe", new(10, 45), new(11, 0)),
                 })
        {
            data.Add("dagsorden.txt", line, start, end, title);
            data.Add("dagsorden.md", line, start, end, title);
            data.Add("dagsorden.html", line, start, end, title);
            data.Add("dagsorden.docx", line, start, end, title);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_break_between_items_is_kept_after_the_item_it_follows_and_the_items_keep_their_numbers(
        string fileName, string breakLine, TimeOnly start, TimeOnly? end, string title)
    {
        var document = Parse(fileName, breakLine);

        Assert.Equal(["1", "2", "3", "4"], document.Items.Select(i => i.Number));
        Assert.Equal("Budgetopfølgning for sundhedsområdet", document.Items[2].Title);
        Assert.Equal([new AgendaBreak(title, start, end, "2")], document.Breaks);
        Assert.DoesNotContain(document.Items.SelectMany(i => i.Sections), s => s.Text.Contains(title, StringComparison.OrdinalIgnoreCase) || s.Heading.Contains(title, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Pause")]
    [InlineData("Frokost 12")]
    [InlineData("Vi holder frokostpause, når punktet er drøftet, ca. kl. 12.")]
    [InlineData("Mødet holdt pause kl. 10.45-11.00.")]
    [InlineData("Kantinen holder lukket kl. 11-12")]
    [InlineData("Pausen i projektet varede fra 2024-2025")]
    public void A_line_without_a_clock_time_or_that_is_a_sentence_is_not_a_break(string line)
    {
        var document = Parse("dagsorden.txt", line);

        Assert.Empty(document.Breaks);
        Assert.Equal(["1", "2", "3", "4"], document.Items.Select(i => i.Number));
    }

    [Fact]
    public void A_programme_row_with_the_time_first_and_a_table_row_are_breaks_in_their_place()
    {
        var document = Parse("dagsorden.txt", "10.45–11.00\tFrokost", afterItem: 1);
        var table = Parse("dagsorden.html", "<table><tr><td>2.</td><td>Orientering om ældreområdets rehabiliteringsforløb</td><td>9.10-10.45</td></tr>"
            + "<tr><td></td><td>Frokost</td><td>10.45-11.00</td></tr><tr><td>3.</td><td>Budgetopfølgning for sundhedsområdet</td><td>11.00-11.45</td></tr></table>", raw: true);

        Assert.Equal([new AgendaBreak("Frokost", new(10, 45), new(11, 0), "1")], document.Breaks);
        Assert.Equal([new AgendaBreak("Frokost", new(10, 45), new(11, 0), "2")], table.Breaks);
        Assert.Equal(["1", "2", "3", "4"], table.Items.Select(i => i.Number));
    }

    [Fact]
    public void Two_breaks_each_keep_their_own_place()
    {
        var lines = Header.Concat([
            "1. " + Items[0], "Kaffe kl. 9.10-9.20",
            "2. " + Items[1], Body,
            "3. " + Items[2], "Frokostpause kl. 11.45-12.15",
            "4. " + Items[3]]);
        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "dagsorden.txt")).Document;

        Assert.Equal(["1", "3"], document.Breaks.Select(b => b.AfterItem));
        Assert.Equal(["Kaffe", "Frokostpause"], document.Breaks.Select(b => b.Title));
    }

    /// <summary>The agenda with <paramref name="breakLine"/> after item <paramref name="afterItem"/>, in the format of <paramref name="fileName"/>.</summary>
    private static AgendaDocument Parse(string fileName, string breakLine, int afterItem = 2, bool raw = false)
    {
        var bytes = Path.GetExtension(fileName) switch
        {
            ".md" => Encoding.UTF8.GetBytes(Markdown(breakLine, afterItem)),
            ".html" => Encoding.UTF8.GetBytes(Html(breakLine, afterItem, raw)),
            ".docx" => Word(breakLine, afterItem),
            _ => Encoding.UTF8.GetBytes(string.Join("\n", Header) + "\n\n" + string.Join("\n", Items.SelectMany((item, i) =>
                i + 1 == afterItem ? new[] { $"{i + 1}. {item}", Body, "", breakLine, "" } : [$"{i + 1}. {item}", Body, ""]))),
        };
        return Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(bytes, fileName)).Document;
    }

    private static string Markdown(string breakLine, int afterItem) =>
        $"# {Header[0]}\n\n**{Header[1]}**\n\n" + string.Join("\n\n", Header.Skip(2)) + "\n\n"
        + string.Join("\n\n", Items.Select((item, i) => $"### {i + 1}. {item}\n\n{Body}" + (i + 1 == afterItem ? $"\n\n## **{breakLine}**" : "")));

    private static string Html(string breakLine, int afterItem, bool raw)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"da\"><body>");
        html.Append($"<h1>{Header[0]}</h1><p><strong>{Header[1]}</strong></p>");
        foreach (var line in Header.Skip(2))
        {
            html.Append($"<p>{WebUtility.HtmlEncode(line)}</p>");
        }

        if (raw)
        {
            html.Append($"<p>1. {WebUtility.HtmlEncode(Items[0])}</p>").Append(breakLine).Append($"<p>4. {WebUtility.HtmlEncode(Items[3])}</p>");
            return html.Append("</body></html>").ToString();
        }

        for (var i = 0; i < Items.Length; i++)
        {
            html.Append($"<h3>{i + 1}. {WebUtility.HtmlEncode(Items[i])}</h3><p>{Body}</p>");
            if (i + 1 == afterItem)
            {
                html.Append($"<p><strong>{WebUtility.HtmlEncode(breakLine)}</strong></p>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>Word's automatic numbering on the items (the numbers are not in the text); the break is an unnumbered paragraph.</summary>
    private static byte[] Word(string breakLine, int afterItem) =>
        Fixtures.Docx(Header.Select(h => ((string?)null, h, 0))
            .Concat(Items.SelectMany((item, i) => i + 1 == afterItem
                ? new (string?, string, int)[] { ("Heading2", item, 1), (null, Body, 0), (null, breakLine, 0) }
                : [("Heading2", item, 1), (null, Body, 0)])));
}
