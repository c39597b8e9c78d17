using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Whatever people write, reading it never throws.</summary>
public class RobustnessTests
{
    private static readonly string[] Words =
    [
        "Jeg", "jeg", "har", "bedt", "Mads", "Kjær", "om", "at", "tage", "mødet", "for", "mig", "i", "stedet", "på", "mine", "vegne",
        "deltager", "ikke", "kommer", "kl.", "11.30", "punkt", "3-5", "min", "stedfortræder", "Peter", "Borup", "Sørensen",
        "(pbs@rm.example)", "alligevel", "afbud", "måske", "men", ",", ".", "?", "!", "–", "kun", "til", "fra", "går", "først",
        "I", "will", "attend", "instead", "of", "me", "can't", "my", "deputy", "Anne-Marie", "von", "der", "Leyen", "<a@b.dk>",
        "\n", "Mvh", "Den", "skrev", ":", ">", "Fra:", "Sendt:", "hele", "fysisk", "vender", "tilbage", "pga.", "sygdom",
    ];

    [Fact]
    public void Random_text_is_read_without_throwing()
    {
        var random = new Random(20261125);
        for (var round = 0; round < 3000; round++)
        {
            var count = random.Next(1, 25);
            var text = string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));

            var reply = TestMail.Interpret(TestMail.Reply(text, random.Next(4) == 0 ? text : "SV: Indkaldelse"));

            Assert.True(Enum.IsDefined(reply.Intent), text);
        }
    }

    [Fact]
    public void An_empty_message_is_unclear()
    {
        var reply = ReplyInterpreter.Interpret(new MimeKit.MimeMessage());

        Assert.Equal(ReplyIntent.Unclear, reply.Intent);
        Assert.Null(reply.Keys.SenderAddress);
    }

    [Fact]
    public void A_very_long_reply_is_read_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("Peter Hansen Jensen Olsen Madsen deltager måske ikke i punkt 3, ", 2000));
        var started = System.Diagnostics.Stopwatch.StartNew();

        TestMail.Interpret(TestMail.Reply(text));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), started.Elapsed.ToString());
    }
}
