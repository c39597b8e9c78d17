using AgendaFlow.Deployment.Tests.Infrastructure;

namespace AgendaFlow.Deployment.Tests;

/// <summary>The deployment entry points are where the docs say and can be run.</summary>
public sealed class ScriptTests
{
    [Theory]
    [InlineData("infra/package.sh")]
    [InlineData("infra/deploy.sh")]
    public void The_script_is_executable(string script)
    {
        var path = Path.Combine(RepositoryRoot.Path, script);

        Assert.True(File.Exists(path), $"{script} is missing");
        Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
    }

    [Fact]
    public void Azure_yaml_provisions_infra_main_bicep_and_deploys_with_deploy_sh()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "azure.yaml"));

        Assert.Contains("path: infra", yaml, StringComparison.Ordinal);
        Assert.Contains("module: main", yaml, StringComparison.Ordinal);
        Assert.Contains("postprovision:", yaml, StringComparison.Ordinal);
        Assert.Contains("infra/deploy.sh", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_sh_is_valid_bash()
    {
        var result = await Command.RunAsync("bash", ["-n", Path.Combine(RepositoryRoot.Path, "infra", "deploy.sh")]);

        Assert.True(result.ExitCode == 0, "bash -n infra/deploy.sh:\n" + result.Log);
    }
}
