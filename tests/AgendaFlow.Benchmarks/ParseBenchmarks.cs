using AgendaFlow.Core.Agendas;
using BenchmarkDotNet.Attributes;

namespace AgendaFlow.Benchmarks;

/// <summary>
/// Parsing each agenda and minutes file of the corpus, from bytes as the upload function has them.
/// Targets: the large text minutes under 2 ms, the Word agenda under 5 ms, allocations under ten times the file.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _bytes = [];

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Corpus.Agendas)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Load() => _bytes = System.IO.File.ReadAllBytes(Path.Combine(Corpus.Agendas, File));

    [Benchmark]
    public ParseOutcome Parse() => AgendaFileParser.Parse(_bytes, File);
}
