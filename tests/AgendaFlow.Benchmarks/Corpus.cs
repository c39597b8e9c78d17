namespace AgendaFlow.Benchmarks;

/// <summary>
/// Where the benchmark inputs live: the shared corpus beside the repository when it is there (the real documents
/// the targets are about), otherwise the copy that travels with the tests, so a bare clone still runs.
/// </summary>
internal static class Corpus
{
    public static string Agendas { get; } = Find("agendas");

    public static string Replies { get; } = Find("replies");

    private static string Find(string kind)
    {
        // BenchmarkDotNet runs each benchmark in a generated project below bin/, so look upwards for the solution.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "AgendaFlow.sln")))
            {
                continue;
            }

            var shared = Path.Combine(dir.FullName, "..", "shared", "corpus", kind);
            return Directory.Exists(shared) ? Path.GetFullPath(shared) : Path.Combine(dir.FullName, "tests", "corpus", kind);
        }

        throw new InvalidOperationException("AgendaFlow.sln was not found above " + AppContext.BaseDirectory);
    }
}
