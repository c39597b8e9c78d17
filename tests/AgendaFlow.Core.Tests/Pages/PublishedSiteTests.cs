using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Referater;
using AgendaFlow.Core.Tests.Referater;

namespace AgendaFlow.Core.Tests.Pages;

/// <summary>The published site as a whole: its design files, its front page, its 404 page, what a referat page says it is.</summary>
public sealed class PublishedSiteTests
{
    private static readonly Dictionary<string, string> Assets = new()
    {
        ["assets/dkfds/css/dkfds.min.css"] = "aaa",
        ["assets/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2"] = "bbb",
    };

    private static ReferatSource Source(DateOnly? approvedOn = null) =>
        new(ReferatSamples.Parse(ReferatSamples.Minutes()), "sundhed", "Sundhedsstyregruppen for Lillebælt", ApprovedOn: approvedOn);

    [Fact]
    public void The_design_files_are_written_once_and_again_only_when_one_changed()
    {
        var first = PublishPlan.Create(PublishManifest.Empty, [Source()], ReferatSamples.Site, ReferatSamples.Now, assets: Assets);
        var second = PublishPlan.Create(first.Manifest, [Source()], ReferatSamples.Site, ReferatSamples.Now.AddHours(1), assets: Assets);
        var changed = PublishPlan.Create(first.Manifest, [Source()], ReferatSamples.Site, ReferatSamples.Now.AddHours(2),
            assets: new Dictionary<string, string>(Assets) { ["assets/dkfds/css/dkfds.min.css"] = "ccc" });

        Assert.Equal(Assets.Keys.Order(StringComparer.Ordinal), first.AssetWrites);
        Assert.True(second.NothingToDo);
        Assert.Equal(["assets/dkfds/css/dkfds.min.css"], changed.AssetWrites);
        Assert.Equal("manifest.json", changed.Writes[^1].Path);
    }

    [Fact]
    public void Pages_link_the_stylesheet_relatively_from_their_own_folder()
    {
        var plan = PublishPlan.Create(PublishManifest.Empty, [Source()], ReferatSamples.Site, ReferatSamples.Now);

        Assert.Contains("href=\"assets/dkfds/css/dkfds.min.css\"", plan.Writes.Single(w => w.Path == "index.html").Content, StringComparison.Ordinal);
        Assert.Contains("href=\"../assets/dkfds/css/dkfds.min.css\"", plan.Writes.Single(w => w.Path == "sundhed/index.html").Content, StringComparison.Ordinal);
        Assert.Contains("href=\"../assets/dkfds/css/dkfds.min.css\"", plan.Writes.Single(w => w.Path.StartsWith("sundhed/2", StringComparison.Ordinal) && w.Path.EndsWith(".html", StringComparison.Ordinal)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_404_page_links_with_the_sites_own_address_because_it_is_served_at_any_depth()
    {
        var plan = PublishPlan.Create(PublishManifest.Empty, [Source()], ReferatSamples.Site, ReferatSamples.Now);

        var notFound = plan.Writes.Single(w => w.Path == "404.html").Content;
        Assert.Contains("href=\"https://region.example/referater/assets/dkfds/css/dkfds.min.css\"", notFound, StringComparison.Ordinal);
        Assert.Contains("href=\"https://region.example/referater/index.html\"", notFound, StringComparison.Ordinal);
        Assert.Contains("<h1>Siden findes ikke</h1>", notFound, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_with_only_coming_meetings_is_on_the_front_page_by_its_roster_name()
    {
        var coming = new Meeting(MeetingId.For("klynge", new DateOnly(2026, 12, 20)), "klynge", "Klyngestyregruppen", new DateOnly(2026, 12, 20),
            new TimeOnly(9, 0), new TimeOnly(11, 0), "Vejle", [ReferatSamples.Hanne], []);
        var calendars = new CalendarInput([coming], new MailSettings("dagsorden@region.example", new Uri("https://agendaflow.region.example")),
            new Dictionary<string, string> { ["klynge"] = "Klyngestyregruppen for Vejle" });

        var plan = PublishPlan.Create(PublishManifest.Empty, [Source()], ReferatSamples.Site, ReferatSamples.Now, calendars);

        var front = plan.Writes.Single(w => w.Path == "index.html").Content;
        Assert.Contains("<a href=\"klynge/index.html\">Klyngestyregruppen for Vejle</a>", front, StringComparison.Ordinal);
        Assert.Contains("<a href=\"sundhed/index.html\">Sundhedsstyregruppen for Lillebælt</a>", front, StringComparison.Ordinal);
        Assert.DoesNotContain(">klynge<", front, StringComparison.Ordinal);
    }

    [Fact]
    public void The_referat_page_says_when_it_was_approved_and_published()
    {
        var plan = PublishPlan.Create(PublishManifest.Empty, [Source(new DateOnly(2026, 12, 15))], ReferatSamples.Site, ReferatSamples.Now);

        var page = plan.Writes.Single(w => w.Path.StartsWith("sundhed/2", StringComparison.Ordinal) && w.Path.EndsWith(".html", StringComparison.Ordinal)).Content;
        Assert.Contains("Godkendt den 15. december 2026 og offentliggjort den 16. december 2026.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approval_line_with_a_date_gives_the_approval_day()
    {
        Assert.Equal(new DateOnly(2026, 12, 15), ReferatApproval.Read("Referat\nGodkendt: 2026-12-15\n").ApprovedOn);
        Assert.Null(ReferatApproval.Read("Referat\nGodkendt: ja\n").ApprovedOn);
    }
}
