using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Referater;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class ClosedItemTests
{
    private static AgendaItem Item(string title, string? status = null) => new("4", title, null, null, [], null, [], [], null, status, []);

    [Theory]
    [InlineData("Personalesag (lukket punkt)")]
    [InlineData("Lukket punkt: Personalesag")]
    [InlineData("Personalesag (lukket)")]
    [InlineData("Personalesag ( Lukket )")]
    [InlineData("Lukket: Ansættelse af direktør")]
    [InlineData("Fortroligt: Udbud af tolkeydelser")]
    [InlineData("Udbud – fortrolig")]
    [InlineData("LUKKET PUNKT")]
    [InlineData("Sag behandlet for lukkede døre – lukket møde")]
    public void An_item_whose_title_says_it_is_closed_is_closed(string title) =>
        Assert.True(ClosedItems.IsClosed(Item(title)));

    [Theory]
    [InlineData("Lukning af akutklinikken i Skive")]
    [InlineData("Status på lukkede afsnit")]
    [InlineData("Fortrolighed og datadeling i praksis")]
    [InlineData("Eventuelt")]
    public void An_item_that_only_mentions_closing_is_open(string title) =>
        Assert.False(ClosedItems.IsClosed(Item(title)));

    [Fact]
    public void A_status_that_says_closed_closes_the_item() =>
        Assert.True(ClosedItems.IsClosed(Item("Personalesag", "Lukket punkt")));

    [Fact]
    public void A_closed_item_keeps_only_its_number_and_the_title_Lukket_punkt()
    {
        var closed = new AgendaItem("4", "Personalesag (lukket)", new TimeOnly(10, 0), null, ["Jens Hemmelig"], "1-00-16-19",
            [new ItemSection("Beslutning", "Hemmelig")], ["Bilag hemmelig"], "Hemmelig", "godkendt", ["Ole Bach"]);

        var redacted = ClosedItems.Redact(closed);

        Assert.Equal(new AgendaItem("4", "Lukket punkt", null, null, [], null, [], [], null, null, []).ToString(), redacted.ToString());
        Assert.Empty(redacted.Sections);
        Assert.Null(redacted.Decision);
    }

    [Fact]
    public void No_closed_text_reaches_the_page_the_JSON_the_feed_or_the_indexes()
    {
        var plan = PublishPlan.Create(PublishManifest.Empty, [new ReferatSource(ReferatSamples.Parse(ReferatSamples.Minutes()), "sundhed")], ReferatSamples.Site, ReferatSamples.Now);

        Assert.NotEmpty(plan.Writes);
        foreach (var file in plan.Writes)
        {
            Assert.DoesNotContain("HEMMELIG", file.Content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Personalesag", file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("afskedigelse", file.Content, StringComparison.Ordinal);
        }

        var page = plan.Writes.Single(w => w.Path.EndsWith(".html", StringComparison.Ordinal) && w.Path.Contains("2026-12-10", StringComparison.Ordinal));
        Assert.Contains("2. Lukket punkt", page.Content, StringComparison.Ordinal);
        var feed = plan.Writes.Single(w => w.Path.EndsWith("feed.atom", StringComparison.Ordinal));
        Assert.Contains("2. Lukket punkt", feed.Content, StringComparison.Ordinal);
    }
}
