using System.Text.Json;
using AgendaFlow.Cli;

namespace AgendaFlow.Cli.Tests;

/// <summary>`parse --json` lists the agenda's breaks apart from the items, each with the item it follows.</summary>
public class ParseBreaksCommandTests
{
    [Fact]
    public async Task Parse_with_json_lists_the_break_after_the_item_it_follows_and_keeps_the_items_as_they_were()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", "sundhedsstyregruppen-2026-12-10.docx");
        var stdout = new StringWriter();

        var exit = await CliApp.RunAsync(["parse", path, "--json"], stdout, new StringWriter());

        Assert.Equal(CliApp.Ok, exit);
        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal(["1", "2", "3", "4", "5", "6"], root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        var pause = Assert.Single(root.GetProperty("breaks").EnumerateArray());
        Assert.Equal("Pause", pause.GetProperty("title").GetString());
        Assert.Equal("14:20", pause.GetProperty("start").GetString());
        Assert.Equal("14:30", pause.GetProperty("end").GetString());
        Assert.Equal("3", pause.GetProperty("afterItem").GetString());
    }
}
