using System.Text.RegularExpressions;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Referater;
using AgendaFlow.Core.Rendering;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class CorpusReferatTests
{
    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "corpus", "agendas");

    public static TheoryData<string> Minutes()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusFolder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static AgendaDocument Read(string fileName) =>
        Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(File.ReadAllBytes(Path.Combine(CorpusFolder, fileName)), fileName)).Document;

    [Theory]
    [MemberData(nameof(Minutes))]
    public void Each_corpus_referat_renders_a_page_with_every_item_and_a_valid_feed(string fileName)
    {
        var document = Read(fileName);
        Assert.Equal(DocumentKind.Minutes, document.Kind);

        var plan = PublishPlan.Create(PublishManifest.Empty, [new ReferatSource(document, "korpus", "Korpusudvalget", fileName)], ReferatSamples.Site, ReferatSamples.Now);

        Assert.Empty(plan.Problems);
        var page = plan.Writes.Single(w => w.Path.StartsWith("korpus/", StringComparison.Ordinal) && w.Path.EndsWith(".html", StringComparison.Ordinal) && !w.Path.EndsWith("index.html", StringComparison.Ordinal)).Content;
        Assert.Single(Regex.Matches(page, "<h1[ >]"));
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        foreach (var item in document.Items)
        {
            var title = ClosedItems.IsClosed(item) ? ClosedItems.PublicTitle : item.Title;
            Assert.Contains(HtmlText.Encode($"{item.Number}. {title}"), page, StringComparison.Ordinal);
        }

        foreach (var decision in document.Items.Where(i => !ClosedItems.IsClosed(i)).Select(i => i.Decision).OfType<string>())
        {
            Assert.Contains(HtmlText.Encode(decision.Split('\n')[0].Trim()), page, StringComparison.Ordinal);
        }

        foreach (var person in document.Participants)
        {
            Assert.Contains(HtmlText.Encode(person.Name), page, StringComparison.Ordinal);
        }

        AtomFeedTests.AssertValidAtom(plan.Writes.Single(w => w.Path == "korpus/feed.atom").Content);
        System.Text.Json.JsonDocument.Parse(plan.Writes.Single(w => w.Path.EndsWith(".json", StringComparison.Ordinal) && w.Path.StartsWith("korpus/", StringComparison.Ordinal)).Content).Dispose();
    }

    [Fact]
    public void All_corpus_referater_together_make_one_feed_newest_first()
    {
        var sources = Directory.GetFiles(CorpusFolder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>().Select(f => new ReferatSource(Read(f), "korpus", "Korpusudvalget", f)).ToList();

        var plan = PublishPlan.Create(PublishManifest.Empty, sources, ReferatSamples.Site, ReferatSamples.Now);

        var feed = plan.Writes.Single(w => w.Path == "korpus/feed.atom").Content;
        AtomFeedTests.AssertValidAtom(feed);
        var dates = Regex.Matches(feed, @"korpus/(\d{4}-\d{2}-\d{2})-").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(sources.Count, dates.Count);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }
}
