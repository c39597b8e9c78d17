namespace AgendaFlow.TestSupport;

public static class RepositoryRoot
{
    /// <summary>The folder that holds AgendaFlow.sln, found from the test binaries upwards.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AgendaFlow.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AgendaFlow.sln was not found above " + AppContext.BaseDirectory);
    }
}
