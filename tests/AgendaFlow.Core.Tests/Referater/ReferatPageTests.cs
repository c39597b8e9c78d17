using System.Text.Json;
using System.Text.RegularExpressions;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Referater;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class ReferatPageTests
{
    /// <summary>Built directly, not parsed: the parser already drops some markup, and the page must not rely on that.</summary>
    private static PublishedReferat Hostile(DateTimeOffset? corrected = null)
    {
        var document = ReferatSamples.Parse(ReferatSamples.Minutes());
        var hostile = new AgendaItem(
            "3",
            "<script>alert('titel')</script> Økonomi & \"budget\"",
            null,
            null,
            ["<b>Jens</b>"],
            null,
            [new ItemSection("Indstilling", "At <img src=x onerror=alert(1)> godkendes."), new ItemSection("Beslutning", "<script>alert('beslutning')</script> Godkendt.")],
            ["Bilag 1 Budget https://region.example/bilag/budget.pdf", "javascript:alert(1)", "Bilag 3 <b>fed</b> https://x.example/\"onmouseover=alert(1)"],
            "<script>alert('beslutning')</script> Godkendt.",
            "godkendt",
            []);
        document = document with { Title = "Sundhedsstyregruppen", Items = [.. document.Items, hostile] };
        return PublishedReferat.From(document, "sundhed", ReferatSamples.Now, corrected, "Sundhedsstyregruppen");
    }

    [Fact]
    public void The_page_is_Danish_has_one_h1_and_headings_that_never_skip_a_level()
    {
        var html = ReferatPage.Render(Hostile());

        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        var levels = Regex.Matches(html, "<h([1-6])[ >]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"h{levels[i - 1]} followed by h{levels[i]}");
        }
    }

    [Fact]
    public void Hostile_titles_decisions_and_attachments_are_encoded_and_no_script_gets_in()
    {
        var referat = Hostile();
        var outputs = new[]
        {
            ReferatPage.Render(referat),
            ReferatJson.Render(referat, ReferatSamples.Site),
            AtomFeed.Render("sundhed", "Sundhedsstyregruppen", [referat.Listing()], ReferatSamples.Site),
            CommitteeIndex.Render("Sundhedsstyregruppen", [referat.Listing()]),
            SiteIndex.Render([referat.Listing()]),
        };

        foreach (var output in outputs)
        {
            Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", output, StringComparison.OrdinalIgnoreCase);
        }

        var html = outputs[0];
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("Økonomi &amp; &quot;budget&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_shows_attendance_from_the_documents_lists()
    {
        var html = ReferatPage.Render(Hostile());

        Assert.Contains("<h2>Deltagelse</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Mette Kjær havde meldt afbud, og Lars Lund deltog i stedet.", html, StringComparison.Ordinal);
        Assert.Contains("Steen Jakobsen havde meldt afbud.", html, StringComparison.Ordinal);
        Assert.Contains("Bo Kold udeblev uden afbud.", html, StringComparison.Ordinal);
        Assert.Contains("<li>Hanne Roed, Region Syddanmark (formand)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_show_their_decision_status_and_attachments_with_web_addresses_linked()
    {
        var html = ReferatPage.Render(Hostile());

        Assert.Contains("<h4>Beslutning</h4>\n<p>Dagsordenen blev godkendt.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Status</dt><dd>godkendt</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://region.example/bilag/budget.pdf\">Bilag 1 Budget</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li>javascript:alert(1)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_republished_correction_says_Rettet_with_the_date()
    {
        Assert.DoesNotContain("Rettet", ReferatPage.Render(Hostile()), StringComparison.Ordinal);

        var html = ReferatPage.Render(Hostile(corrected: new DateTimeOffset(2026, 12, 18, 23, 30, 0, TimeSpan.Zero)));

        Assert.Contains("Rettet den 19. december 2026", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_address_is_stable_committee_date_and_title()
    {
        var referat = Hostile();

        Assert.Equal("sundhed/2026-12-10-sundhedsstyregruppen.html", referat.PagePath);
        Assert.Equal("sundhed/2026-12-10-sundhedsstyregruppen.json", referat.JsonPath);
        Assert.Equal("faelles-oe-aa-udvalg", Slugs.Of("Fælles Ø/Å  udvalg!"));
    }

    [Fact]
    public void The_JSON_twin_is_camelCase_with_Danish_letters_unescaped_and_no_e_mail_addresses()
    {
        var json = ReferatJson.Render(ReferatSamples.Published(ReferatSamples.Minutes("Deltagere: x")), ReferatSamples.Site);
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Contains("Mødelokale", json, StringComparison.Ordinal);
        Assert.Equal("2026-12-10", root.GetProperty("date").GetString());
        Assert.Equal("https://region.example/referater/sundhed/2026-12-10-sundhedsstyregruppen.html", root.GetProperty("url").GetString());
        Assert.Equal("Lukket punkt", root.GetProperty("items")[1].GetProperty("title").GetString());
        Assert.True(root.GetProperty("items")[1].GetProperty("closed").GetBoolean());
        Assert.DoesNotContain("@", json, StringComparison.Ordinal);
    }
}
