using AgendaFlow.Core.Agendas;
using BenchmarkDotNet.Attributes;

namespace AgendaFlow.Benchmarks;

/// <summary>
/// Parsing each agenda and minutes file of the corpus, of the wider set (agendas-wide), and the 67 kB text minutes of
/// tests/corpus-large, from bytes as the upload function has them.
/// Targets: the 67 kB text minutes under 2 ms, the Word agenda under 5 ms, allocations under ten times the file.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _bytes = [];

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Corpus.Agendas).Concat(Directory.EnumerateFiles(Corpus.AgendasWide)).Concat(Directory.EnumerateFiles(Corpus.Large))
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        var path = new[] { Corpus.Agendas, Corpus.AgendasWide, Corpus.Large }.Select(folder => Path.Combine(folder, File)).First(System.IO.File.Exists);
        _bytes = System.IO.File.ReadAllBytes(path);
    }

    [Benchmark]
    public ParseOutcome Parse() => AgendaFileParser.Parse(_bytes, File);
}
