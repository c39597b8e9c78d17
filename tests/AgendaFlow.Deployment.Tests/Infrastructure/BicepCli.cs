using System.Reflection;

namespace AgendaFlow.Deployment.Tests.Infrastructure;

/// <summary>The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64) by this project's PackageDownload.</summary>
internal static class BicepCli
{
    public static string Path
    {
        get
        {
            var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BicepPath").Value;
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                Assert.Fail(
                    $"The Bicep CLI is missing (looked for '{path}'). It comes from the NuGet package " +
                    "Azure.Bicep.CommandLine.linux-x64, which `dotnet restore` of tests/AgendaFlow.Deployment.Tests downloads; " +
                    "restore that project (it needs the NuGet registry) and run the tests again.");
            }

            if (!OperatingSystem.IsWindows())
            {
                // NuGet extracts with the owner's execute bit on; make sure of it, whoever extracted it.
                var mode = File.GetUnixFileMode(path!);
                if ((mode & UnixFileMode.UserExecute) == 0)
                {
                    File.SetUnixFileMode(path!, mode | UnixFileMode.UserExecute);
                }
            }

            return path!;
        }
    }

    public static Task<CommandResult> RunAsync(params string[] arguments) =>
        Command.RunAsync(Path, arguments, timeout: TimeSpan.FromMinutes(5));
}
