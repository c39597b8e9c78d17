using AgendaFlow.Core.Replies;
using BenchmarkDotNet.Attributes;
using MimeKit;

namespace AgendaFlow.Benchmarks;

/// <summary>
/// Classifying each reply of the corpus. The message is parsed once in setup, because CollectReplies gets a
/// MimeMessage from MailKit; the interpretation is what the target (under 100 µs) is about.
/// </summary>
[MemoryDiagnoser]
public class ReplyBenchmarks
{
    private MimeMessage _message = null!;

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Corpus.Replies, "*.eml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Load() => _message = MimeMessage.Load(Path.Combine(Corpus.Replies, File));

    [Benchmark]
    public ReplyInterpretation Classify() => ReplyInterpreter.Interpret(_message);
}
