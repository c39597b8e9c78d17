using System.Text.Json;
using AgendaFlow.Core.Replies;
using MimeKit;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Every reply in the corpus (the first 15 and the wider 120) reads as expected.json says.</summary>
public class CorpusReplyTests
{
    private static string CorpusFolder(string set) => Path.Combine(AppContext.BaseDirectory, "corpus", set);

    public static TheoryData<string, string> Replies()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "replies", "replies-wide" })
        {
            foreach (var name in Expected(set).Keys.Order(StringComparer.Ordinal))
            {
                data.Add(set, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public void A_corpus_reply_is_read_as_expected(string set, string name)
    {
        var expected = Expected(set)[name];
        var message = MimeMessage.Load(Path.Combine(CorpusFolder(set), name));

        var reply = ReplyInterpreter.Interpret(message);

        Assert.Equal(expected.GetProperty("intent").GetString(), reply.Intent.WireName());
        if (expected.TryGetProperty("substitute", out var substitute) && substitute.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(substitute.GetString(), reply.Substitute?.Name);
        }
    }

    [Theory]
    [InlineData("replies", 15)]
    [InlineData("replies-wide", 120)]
    public void The_corpus_has_all_its_replies(string set, int count)
    {
        Assert.Equal(count, Expected(set).Count);
    }

    private static Dictionary<string, JsonElement> Expected(string set)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusFolder(set), "expected.json")));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }
}
