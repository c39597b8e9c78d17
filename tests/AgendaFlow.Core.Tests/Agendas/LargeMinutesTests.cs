using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>
/// tests/corpus-large: a 67 kB text referat in the style of the corpus minutes, the size the parsing performance target
/// names (the benchmarks parse it too). It is not part of the scored corpus, so it has no expected.json; this says what it holds.
/// </summary>
public class LargeMinutesTests
{
    private const string FileName = "styregruppe-sundhedsaftale-2024-03-12.txt";

    private static AgendaDocument Parse()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus-large", FileName));
        return Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(bytes, FileName)).Document;
    }

    [Fact]
    public void A_67_kB_text_referat_parses_into_its_28_items_and_4_sub_items_after_the_table_of_contents()
    {
        var document = Parse();

        Assert.Equal(DocumentKind.Minutes, document.Kind);
        Assert.Equal(32, document.Items.Count);
        Assert.Equal(Enumerable.Range(1, 27).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), document.Items.Take(27).Select(i => i.Number));
        Assert.Equal(["27.1", "27.2", "27.3", "27.4", "28"], document.Items.Skip(27).Select(i => i.Number));
        Assert.Equal("Evt.", document.Items[^1].Title);
    }

    [Fact]
    public void A_67_kB_text_referat_keeps_its_header_and_each_items_decision()
    {
        var document = Parse();

        Assert.Equal("Styregruppen for Sundhedsaftalen i Midtjylland", document.Title);
        Assert.Equal(new DateOnly(2024, 3, 12), document.Date);
        Assert.Equal(new TimeOnly(9, 0), document.Start);
        Assert.Equal(new TimeOnly(15, 30), document.End);
        Assert.Equal(["Mette Kjær Thomsen"], document.MinuteTakers);
        Assert.Equal(19, document.Participants.Count);
        Assert.Contains(document.Absent, a => a.Name == "Mads Venø Jessen" && a.Substitute == "Jesper Bach Nielsen");
        Assert.All(document.Items.Take(26), item => Assert.False(string.IsNullOrEmpty(item.Decision)));
    }
}
