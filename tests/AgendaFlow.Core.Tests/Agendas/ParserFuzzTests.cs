using System.Diagnostics;
using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>
/// Thousands of mutated and random inputs at every reader: each ends in a parsed document or a Danish reason, never
/// an exception, and never takes a second. Seeded, so a failure can be replayed.
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly string[] Extensions = [".docx", ".md", ".txt", ".html"];

    public static TheoryData<string> CorpusFiles() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus", "agendas"))
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>());

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Mutations_of_a_real_document_never_throw_and_never_take_a_second_under_any_reader(string file)
    {
        var original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", file));
        var random = new Random(file.GetHashCode(StringComparison.Ordinal) ^ 20261126);
        for (var i = 0; i < 250; i++)
        {
            var mutated = Mutate(original, random);
            foreach (var extension in Extensions)
            {
                AssertEndsWellAndQuickly(mutated, "dagsorden" + extension, $"{file} mutation {i}");
            }
        }
    }

    [Fact]
    public void Random_bytes_and_random_text_never_throw_and_never_take_a_second_under_any_reader()
    {
        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            var bytes = i % 2 == 0 ? RandomBytes(random) : Encoding.UTF8.GetBytes(RandomAgendaText(random));
            foreach (var extension in Extensions)
            {
                AssertEndsWellAndQuickly(bytes, "fil" + extension, $"random input {i}");
            }
        }
    }

    private static void AssertEndsWellAndQuickly(byte[] bytes, string fileName, string what)
    {
        var outcome = TimeBound.Within(TimeSpan.FromSeconds(1), () => ParseOrExplain(bytes, fileName, what), $"{what} as {fileName}");
        if (outcome is ParseOutcome.Rejected rejected)
        {
            Assert.False(string.IsNullOrWhiteSpace(rejected.Reason), $"{what} as {fileName} was rejected without a reason");
        }
    }

    private static ParseOutcome ParseOrExplain(byte[] bytes, string fileName, string what)
    {
        try
        {
            return AgendaFileParser.Parse(bytes, fileName);
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"{what} as {fileName} threw {ex}");
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var edits = random.Next(1, 20);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 200), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 50)).Select(_ => (byte)random.Next(256)));
                    break;
                case 3:
                    // Repeat a slice: long runs of headings, dates and list markers are where parsers slow down.
                    var length = Math.Min(random.Next(1, 400), bytes.Count - at);
                    var slice = bytes.GetRange(at, length);
                    for (var r = random.Next(1, 20); r > 0; r--)
                    {
                        bytes.InsertRange(at, slice);
                    }

                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 5000)];
        random.NextBytes(bytes);
        if (bytes.Length > 4 && random.Next(2) == 0)
        {
            // Half of them start like a zip, so the Word reader gets past its first check.
            bytes[0] = (byte)'P';
            bytes[1] = (byte)'K';
            bytes[2] = 3;
            bytes[3] = 4;
        }

        return bytes;
    }

    private static readonly string[] Fragments =
    [
        "Dagsorden", "Referat", "Deltagere:", "Afbud:", "Mødeleder:", "Referent:", "Sted:", "Dato:", "Tid:", "kl. 9.30-11.30",
        "Torsdag den 10. december 2026", "13-12-2023", "1.", "2.1", "v/", "Sagnr.: 1-00-16-19", "Beslutning:", "Indstilling:",
        "FROKOSTPAUSE (kl. 12.30-12.50)", "<h1>", "</td>", "**", "# ", "- ", "|", "\t", "\n", "\r\n", " ", "æøå", "anne@x.dk", "(",
    ];

    private static string RandomAgendaText(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 400); i > 0; i--)
        {
            text.Append(Fragments[random.Next(Fragments.Length)]);
        }

        return text.ToString();
    }
}
