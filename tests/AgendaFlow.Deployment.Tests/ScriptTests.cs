using AgendaFlow.Deployment.Tests.Infrastructure;

namespace AgendaFlow.Deployment.Tests;

/// <summary>The deployment entry points are where the docs say and can be run.</summary>
public sealed class ScriptTests
{
    [Theory]
    [InlineData("infra/package.sh")]
    [InlineData("infra/hooks/postdeploy.sh")]
    public void The_script_is_executable(string script)
    {
        var path = Path.Combine(RepositoryRoot.Path, script);

        Assert.True(File.Exists(path), $"{script} is missing");
        Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
    }

    [Fact]
    public void Azure_yaml_provisions_infra_main_bicep_deploys_the_function_app_and_runs_the_post_deploy_hook()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "azure.yaml"));

        Assert.Contains("path: infra", yaml, StringComparison.Ordinal);
        Assert.Contains("module: main", yaml, StringComparison.Ordinal);
        Assert.Contains("project: ./src/AgendaFlow.Functions", yaml, StringComparison.Ordinal);
        Assert.Contains("host: function", yaml, StringComparison.Ordinal);
        Assert.Contains("postdeploy:", yaml, StringComparison.Ordinal);
        Assert.Contains("infra/hooks/postdeploy.sh", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_post_deploy_hook_is_valid_bash()
    {
        var result = await Command.RunAsync("bash", ["-n", Path.Combine(RepositoryRoot.Path, "infra", "hooks", "postdeploy.sh")]);

        Assert.True(result.ExitCode == 0, "bash -n infra/deploy.sh:\n" + result.Log);
    }
}
