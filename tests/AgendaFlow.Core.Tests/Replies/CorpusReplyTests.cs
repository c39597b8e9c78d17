using System.Text.Json;
using AgendaFlow.Core.Replies;
using MimeKit;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Every reply in the corpus reads as expected.json says.</summary>
public class CorpusReplyTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "corpus", "replies");

    public static TheoryData<string> Replies()
    {
        var data = new TheoryData<string>();
        foreach (var name in Expected().Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public void A_corpus_reply_is_read_as_expected(string name)
    {
        var expected = Expected()[name];
        var message = MimeMessage.Load(Path.Combine(CorpusFolder, name));

        var reply = ReplyInterpreter.Interpret(message);

        Assert.Equal(expected.GetProperty("intent").GetString(), reply.Intent.WireName());
        if (expected.TryGetProperty("substitute", out var substitute) && substitute.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(substitute.GetString(), reply.Substitute?.Name);
        }
    }

    [Fact]
    public void The_corpus_has_fifteen_replies()
    {
        Assert.Equal(15, Expected().Count);
    }

    private static Dictionary<string, JsonElement> Expected()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusFolder, "expected.json")));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }
}
