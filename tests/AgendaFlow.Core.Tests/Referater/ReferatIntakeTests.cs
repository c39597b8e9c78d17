using System.Text;
using AgendaFlow.Core.Referater;

namespace AgendaFlow.Core.Tests.Referater;

public sealed class ReferatIntakeTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void An_approved_referat_becomes_a_source_for_the_committee_of_its_folder()
    {
        var result = ReferatIntake.Read(Bytes(ReferatSamples.Minutes(extraHeader: "Godkendt: ja")), "sundhed/referat.md", null, ReferatSamples.Now);

        Assert.True(result.Publishable);
        Assert.Equal("sundhed", result.Source!.Committee);
        Assert.Equal("sundhed/referat.md", result.Source.SourceName);
    }

    [Fact]
    public void An_unapproved_referat_waits_with_a_reason()
    {
        var result = ReferatIntake.Read(Bytes(ReferatSamples.Minutes()), "sundhed/referat.md", null, ReferatSamples.Now);

        Assert.False(result.Publishable);
        Assert.StartsWith("Ikke godkendt", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approved_referat_with_a_later_date_waits_until_that_day()
    {
        var bytes = Bytes(ReferatSamples.Minutes(extraHeader: "Godkendt: 2026-12-20"));

        Assert.Equal("Godkendt, offentliggøres 20. december 2026.", ReferatIntake.Read(bytes, "sundhed/r.md", null, ReferatSamples.Now).Reason);
        Assert.True(ReferatIntake.Read(bytes, "sundhed/r.md", null, new DateTimeOffset(2026, 12, 20, 8, 0, 0, TimeSpan.Zero)).Publishable);
    }

    [Fact]
    public void An_agenda_is_never_published_even_if_marked_approved()
    {
        var result = ReferatIntake.Read(Bytes(ReferatSamples.AgendaText + "\n"), "sundhed/dagsorden.txt", new Dictionary<string, string> { ["approved"] = "true" }, ReferatSamples.Now);

        Assert.False(result.Publishable);
        Assert.Equal(PublishedReferat.NotMinutesReason, result.Reason);
    }
}
