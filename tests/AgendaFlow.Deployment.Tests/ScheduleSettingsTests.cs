using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgendaFlow.Deployment.Tests.Infrastructure;

namespace AgendaFlow.Deployment.Tests;

/// <summary>
/// A timer function's function.json reads its schedule from an app setting (%AgendaFlow__Schedules__X%); when the
/// setting is missing the host does not load the function. So every one the package names must be in the template.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed partial class ScheduleSettingsTests(DeploymentArtifacts artifacts)
{
    [Fact]
    public async Task Every_timer_function_in_the_package_has_its_schedule_setting_in_the_bicep_app_settings()
    {
        var package = await artifacts.Package;
        var template = await artifacts.Template;

        var timers = 0;
        foreach (var (function, json) in package.FunctionJsons)
        {
            foreach (var binding in JsonNode.Parse(json)!["bindings"]!.AsArray())
            {
                if (binding!["type"]!.GetValue<string>() != "timerTrigger")
                {
                    continue;
                }

                timers++;
                var schedule = binding["schedule"]!.GetValue<string>();
                var match = SettingReference().Match(schedule);
                Assert.True(match.Success, $"{function}: the schedule '{schedule}' is not read from an app setting (%NAME%)");
                var setting = match.Groups[1].Value;
                Assert.Equal($"AgendaFlow__Schedules__{function}", setting);
                Assert.True(template.AppSettings.ContainsKey(setting), $"{function}: the app setting {setting} is not set by infra/main.bicep");
                Assert.Contains($"\"{setting}\":", template.Json, StringComparison.Ordinal);
            }
        }

        Assert.True(timers > 0, "the package has no timer function; at least ReconcileAgendas was expected");
    }

    [GeneratedRegex("^%([^%]+)%$")]
    private static partial Regex SettingReference();
}
