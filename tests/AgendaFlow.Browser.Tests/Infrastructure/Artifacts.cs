namespace AgendaFlow.Browser.Tests.Infrastructure;

/// <summary>Files a person looks at after a run (screenshots): bin/.../artifacts, next to the test binaries.</summary>
public static class Artifacts
{
    public static string PathOf(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
