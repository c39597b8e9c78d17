namespace AgendaFlow.Benchmarks;

/// <summary>
/// Where the benchmark inputs live: the shared corpus beside the repository when it is there (the real documents
/// the targets are about), otherwise the copy that travels with the tests, so a bare clone still runs.
/// </summary>
internal static class Corpus
{
    public static string Agendas { get; } = Find("agendas");

    public static string Replies { get; } = Find("replies");

    /// <summary>The wider set of agendas as secretariats write them (FirstAgenda, eDoc, SBSYS, Word, e-mail, wiki).</summary>
    public static string AgendasWide { get; } = Find("agendas-wide");

    /// <summary>
    /// tests/corpus-large: documents larger than any in the corpus, for the size the targets name (67 kB text minutes).
    /// They live only in the repository, not in the shared corpus.
    /// </summary>
    public static string Large { get; } = Path.Combine(SolutionFolder(), "tests", "corpus-large");

    private static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgendaFlow.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AgendaFlow.sln was not found above " + AppContext.BaseDirectory);
    }

    private static string Find(string kind)
    {
        // BenchmarkDotNet runs each benchmark in a generated project below bin/, so look upwards for the solution.
        var solution = SolutionFolder();
        var shared = Path.Combine(solution, "..", "shared", "corpus", kind);
        return Directory.Exists(shared) ? Path.GetFullPath(shared) : Path.Combine(solution, "tests", "corpus", kind);
    }
}
