using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgendaFlow.Deployment.Tests.Infrastructure;

namespace AgendaFlow.Deployment.Tests;

/// <summary>infra/main.bicep compiles cleanly and describes the resources and settings the app needs.</summary>
[Collection(DeploymentCollection.Name)]
public sealed partial class BicepTemplateTests(DeploymentArtifacts artifacts)
{
    [Fact]
    public async Task Bicep_build_compiles_main_bicep_without_errors_or_warnings()
    {
        var template = await artifacts.Template;

        var diagnostics = Diagnostics(template.Build);
        Assert.True(diagnostics.Count == 0, "bicep build reported:\n" + string.Join('\n', diagnostics));
    }

    [Fact]
    public async Task Bicep_lint_finds_nothing_in_main_bicep_and_its_modules()
    {
        var lint = await BicepCli.RunAsync("lint", Path.Combine(RepositoryRoot.Path, "infra", "main.bicep"));

        Assert.True(lint.ExitCode == 0, "bicep lint failed:\n" + lint.Log);
        var diagnostics = Diagnostics(lint);
        Assert.True(diagnostics.Count == 0, "bicep lint reported:\n" + string.Join('\n', diagnostics));
    }

    [Fact]
    public async Task The_function_app_runs_dotnet_isolated_10_as_flex_consumption_wants_it_in_function_app_config()
    {
        var template = await artifacts.Template;

        var site = Assert.Single(template.AllObjects(), o => o["type"]?.ToJsonString() == "\"Microsoft.Web/sites\"");
        var runtime = site["properties"]!["functionAppConfig"]!["runtime"]!;
        Assert.Equal("dotnet-isolated", runtime["name"]!.GetValue<string>());
        Assert.Equal("10.0", runtime["version"]!.GetValue<string>());
        // Flex refuses these settings: the runtime is in functionAppConfig.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", template.AppSettings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", template.AppSettings.Keys);
    }

    [Fact]
    public async Task The_function_app_reaches_its_storage_by_identity_and_has_no_connection_string()
    {
        var template = await artifacts.Template;

        Assert.Contains("AzureWebJobsStorage__accountName", template.AppSettings.Keys);
        Assert.DoesNotContain("AzureWebJobsStorage", template.AppSettings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", template.AppSettings.Keys);
        Assert.DoesNotContain(template.AllObjects(), o => o.ContainsKey("allowSharedKeyAccess") && o["allowSharedKeyAccess"]!.ToJsonString() != "false");
        Assert.Contains(template.AllObjects(), o => o.ContainsKey("allowSharedKeyAccess"));
        Assert.DoesNotContain("listKeys", template.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_is_deployed_to_a_blob_container_that_the_app_reads_with_its_own_identity()
    {
        var template = await artifacts.Template;

        var site = Assert.Single(template.AllObjects(), o => o["type"]?.ToJsonString() == "\"Microsoft.Web/sites\"");
        var storage = site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", storage["type"]!.GetValue<string>());
        Assert.Equal("SystemAssignedIdentity", storage["authentication"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", template.AppSettings.Keys);
    }

    [Fact]
    public async Task The_storage_accounts_blob_events_have_an_event_grid_system_topic_for_AgendaUploaded()
    {
        var template = await artifacts.Template;

        var topic = Assert.Single(template.AllObjects(), o => o["type"]?.ToJsonString() == "\"Microsoft.EventGrid/systemTopics\"");
        Assert.Equal("Microsoft.Storage.StorageAccounts", topic["properties"]!["topicType"]!.GetValue<string>());
        var hook = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "infra", "hooks", "postdeploy.sh"));
        Assert.Contains("runtime/webhooks/blobs?functionName=Host.Functions.AgendaUploaded", hook, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Storage.BlobCreated", hook, StringComparison.Ordinal);
        Assert.Contains("/blobServices/default/containers/agendas/", hook, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_function_app_does_not_set_WEBSITE_TIME_ZONE_which_Flex_Consumption_does_not_support()
    {
        var settings = (await artifacts.Template).AppSettings;

        Assert.DoesNotContain("WEBSITE_TIME_ZONE", settings.Keys);
        Assert.DoesNotContain("TZ", settings.Keys);
    }

    [Theory]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("AgendaFlow__Smtp__Host")]
    [InlineData("AgendaFlow__Smtp__Port")]
    [InlineData("AgendaFlow__Smtp__Security")]
    [InlineData("AgendaFlow__Smtp__UserName")]
    [InlineData("AgendaFlow__Smtp__Password")]
    [InlineData("AgendaFlow__Imap__Host")]
    [InlineData("AgendaFlow__Imap__Port")]
    [InlineData("AgendaFlow__Imap__Security")]
    [InlineData("AgendaFlow__Imap__UserName")]
    [InlineData("AgendaFlow__Imap__Password")]
    [InlineData("AgendaFlow__Imap__Folder")]
    [InlineData("AgendaFlow__FromAddress")]
    [InlineData("AgendaFlow__SecretariatAddress")]
    [InlineData("AgendaFlow__PublicBaseUrl")]
    public async Task The_function_app_has_the_setting(string name)
    {
        var settings = (await artifacts.Template).AppSettings;

        Assert.Contains(name, settings.Keys);
    }

    [Theory]
    [InlineData("AgendaFlow__Smtp__Password")]
    [InlineData("AgendaFlow__Imap__Password")]
    public async Task A_mail_password_is_a_key_vault_reference_and_never_a_value(string name)
    {
        var template = await artifacts.Template;

        Assert.Contains("@Microsoft.KeyVault(SecretUri=", template.AppSettings[name], StringComparison.Ordinal);
        var secureParameters = template.Root["parameters"]!.AsObject()
            .Where(p => p.Value!["type"]!.GetValue<string>() == "securestring")
            .Select(p => p.Key)
            .ToList();
        Assert.Contains("smtpPassword", secureParameters);
        Assert.Contains("imapPassword", secureParameters);
    }

    [Theory]
    [InlineData("ReconcileAgendas", "0 */10 * * * *")]
    [InlineData("SendOutbox", "0 * * * * *")]
    [InlineData("CollectReplies", "0 */5 * * * *")]
    [InlineData("SendReminders", "0 0 * * * *")]
    [InlineData("SendAttendanceSummaries", "0 0 7 * * 1-5")]
    [InlineData("PublishReferater", "0 0 * * * *")]
    [InlineData("DraftReferater", "0 30 * * * *")]
    public async Task Every_timer_function_of_the_contract_has_its_schedule_setting_with_its_default(string function, string schedule)
    {
        var template = await artifacts.Template;

        Assert.Contains($"AgendaFlow__Schedules__{function}", template.AppSettings.Keys);
        var parameter = template.Root["parameters"]![char.ToLowerInvariant(function[0]) + function[1..] + "Schedule"];
        Assert.NotNull(parameter);
        Assert.Equal(schedule, parameter["defaultValue"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("agendas")]
    [InlineData("agendas-rejected")]
    [InlineData("rosters")]
    [InlineData("referater")]
    [InlineData("referater-kladde")]
    [InlineData("uploads")]
    [InlineData("agendawatch")]
    [InlineData("timeroccurrences")]
    [InlineData("deployments")]
    public async Task The_storage_account_has_the_container_or_table(string name)
    {
        var template = await artifacts.Template;

        Assert.Contains($"\"{name}\"", template.Json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Storage Blob Data Owner")]
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Storage Queue Data Contributor")]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Storage Table Data Contributor")]
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User")]
    public async Task The_function_app_identity_gets_the_role(string roleId, string role)
    {
        var template = await artifacts.Template;

        Assert.True(template.Json.Contains(roleId, StringComparison.Ordinal), $"{role} ({roleId}) is not assigned in the template");
    }

    [Fact]
    public async Task The_function_app_gets_no_broad_role()
    {
        var template = await artifacts.Template;

        // Owner, Contributor, Storage Account Contributor, Key Vault Administrator.
        foreach (var broad in new[] { "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "b24988ac-6180-42a0-ab88-20f7382dd24c", "17d1049b-9a84-46fb-8f53-869881c3d3ab", "00482a5a-887f-4fb3-b363-3b7fe8e74483" })
        {
            Assert.DoesNotContain(broad, template.Json, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("FUNCTION_APP_URL")]
    [InlineData("STATIC_WEBSITE_URL")]
    [InlineData("STORAGE_ACCOUNT_NAME")]
    [InlineData("KEY_VAULT_NAME")]
    [InlineData("EVENT_GRID_SYSTEM_TOPIC_NAME")]
    public async Task The_template_outputs(string name)
    {
        var outputs = (await artifacts.Template).Root["outputs"] as JsonObject;

        Assert.NotNull(outputs);
        Assert.Contains(name, outputs.Select(o => o.Key));
    }

    [Fact]
    public async Task The_hosting_plan_is_Flex_Consumption_on_Linux_and_azd_finds_the_app_by_its_service_tag()
    {
        var template = await artifacts.Template;

        var plan = Assert.Single(template.AllObjects(), o => o["type"]?.ToJsonString() == "\"Microsoft.Web/serverfarms\"");
        Assert.Equal("FC1", plan["sku"]!["name"]!.GetValue<string>());
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.GetValue<string>());
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>(), "the plan is not a Linux plan (reserved: true)");
        var site = Assert.Single(template.AllObjects(), o => o["type"]?.ToJsonString() == "\"Microsoft.Web/sites\"");
        Assert.Equal("functionapp,linux", site["kind"]!.GetValue<string>());
        Assert.Equal("SystemAssigned", site["identity"]!["type"]!.GetValue<string>());
        Assert.Contains("azd-service-name", site["tags"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_app_setting_the_template_sets_is_documented_in_the_README()
    {
        var settings = (await artifacts.Template).AppSettings;
        var doc = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "README.md"));

        var missing = settings.Keys.Where(k => !doc.Contains($"`{k}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "README.md does not list: " + string.Join(", ", missing));
    }

    /// <summary>Lines of a Bicep run that report a warning or an error (Bicep writes "FILE(line,col) : Warning CODE: ...").</summary>
    private static List<string> Diagnostics(CommandResult result) =>
        (result.StandardOutput + "\n" + result.StandardError)
            .Split('\n')
            .Where(line => DiagnosticLine().IsMatch(line))
            .ToList();

    [GeneratedRegex(@"\b(Warning|Error)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosticLine();
}
