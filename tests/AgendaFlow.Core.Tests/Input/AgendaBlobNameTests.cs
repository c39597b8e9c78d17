using AgendaFlow.Core.Input;

namespace AgendaFlow.Core.Tests.Input;

public sealed class AgendaBlobNameTests
{
    [Theory]
    [InlineData("dagsorden.docx", "dagsorden.docx", null)]
    [InlineData("agendas/dagsorden.docx", "dagsorden.docx", null)]
    [InlineData("sundhed/dagsorden 10. december.docx", "sundhed/dagsorden 10. december.docx", "sundhed")]
    [InlineData("agendas/ældrerådet/2026/referat.md", "ældrerådet/2026/referat.md", "ældrerådet")]
    public void A_file_in_the_agendas_container_or_a_committee_folder_is_accepted(string text, string name, string? committee)
    {
        var blob = AgendaBlobName.TryCreate(text)!;
        Assert.Equal(name, blob.Name);
        Assert.Equal(committee, blob.Committee?.Value);
    }

    [Theory]
    [InlineData("agendas/x/../../referater/index.html")]
    [InlineData("x/../../referater/index.html")]
    [InlineData("../rosters/sundhed.csv")]
    [InlineData("./dagsorden.docx")]
    [InlineData("sundhed//dagsorden.docx")]
    [InlineData("/dagsorden.docx")]
    [InlineData("sundhed/")]
    [InlineData("sundhed\\..\\dagsorden.docx")]
    [InlineData("sundhed/dags\norden.docx")]
    [InlineData("a/b/c/d/e.docx")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_that_leaves_the_folder_or_holds_control_characters_is_refused_in_Danish(string? text)
    {
        Assert.False(AgendaBlobName.TryCreate(text, out _, out var refusal));
        Assert.StartsWith("Filnavn", refusal!.Reason);
    }

    [Fact]
    public void A_name_too_long_for_the_apps_bookkeeping_is_refused_before_anything_is_sent()
    {
        Assert.Null(AgendaBlobName.TryCreate("sundhed/" + new string('a', 1000) + ".docx"));
    }

    [Fact]
    public void The_committee_folder_must_be_a_committee_name()
    {
        Assert.False(AgendaBlobName.TryCreate("sund#hed/dagsorden.docx", out _, out var refusal));
        Assert.Equal("Udvalg", refusal!.Field);
    }

    [Theory]
    [InlineData("referater/index.html")]
    [InlineData("rosters/sundhed.csv")]
    [InlineData("sundhed/dagsorden.docx")]
    [InlineData("/agendas/dagsorden.docx")]
    [InlineData("agendas/x/../../referater/index.html")]
    public void A_path_for_the_admin_endpoint_outside_agendas_or_climbing_out_is_refused(string path)
    {
        Assert.False(AgendaBlobName.TryCreatePath(path, out _, out var refusal));
        Assert.Equal("Filnavn", refusal!.Field);
    }

    [Fact]
    public void A_path_for_the_admin_endpoint_names_the_blob_inside_agendas()
    {
        Assert.True(AgendaBlobName.TryCreatePath("agendas/sundhed/dagsorden.docx", out var blob, out _));
        Assert.Equal("sundhed/dagsorden.docx", blob.Name);
    }

    [Fact]
    public void A_name_from_storage_keeps_a_folder_called_agendas_as_it_is()
    {
        Assert.True(AgendaBlobName.TryCreateInContainer("agendas/dagsorden.docx", out var blob, out _));
        Assert.Equal("agendas/dagsorden.docx", blob.Name);
    }

    [Fact]
    public void A_refused_name_is_shown_on_one_short_line()
    {
        var shown = AgendaBlobName.ForDisplay("sundhed/dags\r\nATTENDEE:x" + new string('a', 1000));

        Assert.DoesNotContain('\n', shown);
        Assert.DoesNotContain('\r', shown);
        Assert.True(shown.Length <= 121, shown);
    }
}
