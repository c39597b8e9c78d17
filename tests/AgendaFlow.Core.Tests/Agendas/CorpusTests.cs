using System.Text.Json;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

public class CorpusTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusFolder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "corpus", "agendas");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_corpus_document_parses_to_its_expected_json(string fileName)
    {
        var path = Path.Combine(CorpusFolder, fileName);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, null) + ".expected.json"));
        var gold = expected.RootElement;

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(File.ReadAllBytes(path), fileName)).Document;

        Assert.Equal(gold.GetProperty("kind").GetString(), document.Kind == DocumentKind.Minutes ? "minutes" : "agenda");
        Assert.Contains(gold.GetProperty("title").GetString()!, document.Title, StringComparison.Ordinal);
        Assert.Equal(gold.GetProperty("date").GetString(), document.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(gold.GetProperty("start").GetString(), Time(document.Start));
        Assert.Equal(gold.GetProperty("end").GetString(), Time(document.End));
        Assert.Equal(gold.GetProperty("location").GetString(), document.Location);
        Assert.Equal(Strings(gold.GetProperty("chairs")), document.Chairs.Order(StringComparer.Ordinal));
        Assert.Equal(Strings(gold.GetProperty("minuteTakers")), document.MinuteTakers.Order(StringComparer.Ordinal));
        Assert.Equal(Names(gold.GetProperty("participants")), document.Participants.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Names(gold.GetProperty("guests")), document.Guests.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Names(gold.GetProperty("absent")), document.Absent.Select(p => p.Name).Order(StringComparer.Ordinal));

        var goldEmails = gold.GetProperty("participants").EnumerateArray().Concat(gold.GetProperty("absent").EnumerateArray())
            .Where(p => p.TryGetProperty("email", out _))
            .Select(p => $"{p.GetProperty("name").GetString()} {p.GetProperty("email").GetString()}")
            .Order(StringComparer.Ordinal);
        var emails = document.Participants.Where(p => p.Email is not null).Select(p => $"{p.Name} {p.Email}")
            .Concat(document.Absent.Where(p => p.Email is not null).Select(p => $"{p.Name} {p.Email}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(goldEmails, emails);

        var goldItems = gold.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(goldItems.Count, document.Items.Count);
        for (var i = 0; i < goldItems.Count; i++)
        {
            var g = goldItems[i];
            var item = document.Items[i];
            Assert.Equal(g.GetProperty("number").GetString(), item.Number);
            Assert.Equal(Strip(g.GetProperty("title").GetString()!), Strip(item.Title));
            Assert.Equal(g.GetProperty("start").GetString(), Time(item.Start));
            Assert.Equal(g.GetProperty("end").GetString(), Time(item.End));
            Assert.Equal(Strings(g.GetProperty("presenters")).Select(Strip).Order(StringComparer.Ordinal), item.Presenters.Select(Strip).Order(StringComparer.Ordinal));
        }
    }

    private static string? Time(TimeOnly? t) => t?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string Strip(string s) => s.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Names(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).Where(n => !n.Contains("vakant", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
}
