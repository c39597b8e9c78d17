using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Referater;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class PublishPlanTests
{
    private static ReferatSource Source(string items = "") => new(ReferatSamples.Parse(ReferatSamples.Minutes(items)), "sundhed", "Sundhedsstyregruppen", "sundhed/referat.md");

    private static PublishPlan First() => PublishPlan.Create(PublishManifest.Empty, [Source()], ReferatSamples.Site, ReferatSamples.Now);

    [Fact]
    public void A_first_run_writes_pages_and_JSON_first_indexes_and_feeds_after_and_the_manifest_last()
    {
        var paths = First().Writes.Select(w => w.Path).ToList();

        Assert.Equal(
            [
                "sundhed/2026-12-10-sundhedsstyregruppen.html",
                "sundhed/2026-12-10-sundhedsstyregruppen.json",
                "sundhed/index.html",
                "sundhed/feed.atom",
                "index.html",
                "404.html",
                "manifest.json",
            ],
            paths);
    }

    [Fact]
    public void A_second_run_with_nothing_new_writes_nothing()
    {
        var first = First();
        var manifest = PublishManifest.Parse(first.Writes.Single(w => w.Path == "manifest.json").Content);

        var second = PublishPlan.Create(manifest, [Source()], ReferatSamples.Site, ReferatSamples.Now.AddHours(1));

        Assert.True(second.NothingToDo);
        Assert.Empty(second.New);
        Assert.Contains("sundhed/2026-12-10-sundhedsstyregruppen.html", second.Unchanged);
    }

    [Fact]
    public void A_changed_referat_is_republished_as_a_correction_keeping_its_first_date()
    {
        var manifest = First().Manifest;
        var later = ReferatSamples.Now.AddDays(3);

        var plan = PublishPlan.Create(manifest, [Source("### 3. Eventuelt\n\nBeslutning:\n\nIntet.\n")], ReferatSamples.Site, later);

        var corrected = Assert.Single(plan.Corrected);
        Assert.Equal(ReferatSamples.Now, corrected.Published);
        Assert.Equal(later, corrected.Corrected);
        Assert.Contains("Rettet den 19. december 2026", plan.Writes.Single(w => w.Path.EndsWith("sundhedsstyregruppen.html", StringComparison.Ordinal)).Content, StringComparison.Ordinal);
        Assert.Contains("sundhed/feed.atom", plan.Writes.Select(w => w.Path));
        Assert.Equal("manifest.json", plan.Writes[^1].Path);
    }

    [Fact]
    public void A_committee_renamed_in_its_roster_shows_the_new_name_without_calling_its_minutes_corrected()
    {
        var manifest = First().Manifest;
        var renamed = new ReferatSource(ReferatSamples.Parse(ReferatSamples.Minutes()), "sundhed", "Styregruppen for sundhed", "sundhed/referat.md");

        var plan = PublishPlan.Create(manifest, [renamed], ReferatSamples.Site, ReferatSamples.Now.AddDays(3));

        Assert.Empty(plan.Corrected);
        Assert.Empty(plan.New);
        var page = plan.Writes.Single(w => w.Path.EndsWith("sundhedsstyregruppen.html", StringComparison.Ordinal)).Content;
        Assert.Contains("Styregruppen for sundhed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Rettet", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_referat_no_longer_in_the_approved_set_stays_in_the_indexes()
    {
        var manifest = First().Manifest;
        var other = new ReferatSource(ReferatSamples.Parse(ReferatSamples.Minutes().Replace("10. december", "14. januar", StringComparison.Ordinal).Replace("2026", "2027", StringComparison.Ordinal)), "sundhed");

        var plan = PublishPlan.Create(manifest, [other], ReferatSamples.Site, ReferatSamples.Now);

        var index = plan.Writes.Single(w => w.Path == "sundhed/index.html").Content;
        Assert.Contains("2026-12-10-sundhedsstyregruppen.html", index, StringComparison.Ordinal);
        Assert.True(index.IndexOf("2027-01-14", StringComparison.Ordinal) < index.IndexOf("2026-12-10", StringComparison.Ordinal));
        Assert.Equal(2, plan.Manifest.Referater.Count);
    }

    [Fact]
    public void Agendas_and_undated_minutes_are_reported_not_published()
    {
        var agenda = new ReferatSource(ReferatSamples.Agenda(), "sundhed", SourceName: "sundhed/dagsorden.txt");
        var undated = new ReferatSource(ReferatSamples.Parse(ReferatSamples.Minutes()) with { Date = null }, "sundhed", SourceName: "sundhed/udateret.md");

        var plan = PublishPlan.Create(PublishManifest.Empty, [agenda, undated], ReferatSamples.Site, ReferatSamples.Now);

        Assert.Equal(2, plan.Problems.Count);
        Assert.StartsWith("sundhed/dagsorden.txt: Filen er en dagsorden", plan.Problems[0], StringComparison.Ordinal);
        Assert.Empty(plan.New);
        Assert.DoesNotContain(plan.Writes, w => w.Path.Contains("2026-12-10", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreadable_manifest_is_an_empty_site()
    {
        Assert.Empty(PublishManifest.Parse("{ not json").Referater);
        Assert.Empty(PublishManifest.Parse(null).Files);
    }

    [Fact]
    public void The_calendar_is_written_once_and_not_again_when_only_the_time_moves_on()
    {
        var settings = new MailSettings("dagsorden@region.example", new Uri("https://region.example/"));
        var meeting = ReferatSamples.Meeting() with { Date = new DateOnly(2027, 1, 14) };
        var calendars = new CalendarInput([meeting], settings);

        var first = PublishPlan.Create(PublishManifest.Empty, [Source()], ReferatSamples.Site, ReferatSamples.Now, calendars);
        var second = PublishPlan.Create(first.Manifest, [Source()], ReferatSamples.Site, ReferatSamples.Now.AddHours(2), calendars);

        Assert.Contains("sundhed/moeder.ics", first.Writes.Select(w => w.Path));
        Assert.True(second.NothingToDo);
    }
}
