using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Referater;
using BenchmarkDotNet.Attributes;

namespace AgendaFlow.Benchmarks;

/// <summary>
/// Rendering the public page of the largest referat of the corpus (klyngestyregruppe-2019-08-30.md, 33 KB of
/// Markdown). Setup does what the publishing timer does before the page: parse the file from bytes and make the
/// public document with <see cref="PublishedReferat.From"/> (closed items reduced), committee from the blob's folder.
/// </summary>
[MemoryDiagnoser]
public class ReferatPageBenchmarks
{
    private const string File = "klyngestyregruppe-2019-08-30.md";

    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private PublishedReferat _referat = null!;

    [GlobalSetup]
    public void Load()
    {
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(Corpus.Agendas, File));
        var outcome = AgendaFileParser.Parse(bytes, File);
        var document = outcome is ParseOutcome.Parsed parsed
            ? parsed.Document
            : throw new InvalidOperationException($"{File} did not parse: {outcome}");
        _referat = PublishedReferat.From(document, "klynge", Now, corrected: null, committeeName: "Klyngestyregruppen");
    }

    [Benchmark]
    public string Render() => ReferatPage.Render(_referat);
}
