using AgendaFlow.Deployment.Tests.Infrastructure;

namespace AgendaFlow.Deployment.Tests;

/// <summary>The deployment lets the function app log in to Exchange Online with its own identity, within Exchange's limits.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class MailIdentityTests(DeploymentArtifacts artifacts)
{
    [Theory]
    [InlineData("AgendaFlow__Smtp__AuthMethod")]
    [InlineData("AgendaFlow__Imap__AuthMethod")]
    [InlineData("AgendaFlow__OAuth2__Credential")]
    [InlineData("AgendaFlow__OAuth2__TenantId")]
    [InlineData("AgendaFlow__OAuth2__Mailbox")]
    [InlineData("AgendaFlow__Smtp__MessagesPerMinute")]
    [InlineData("AgendaFlow__Smtp__RecipientsPerDay")]
    public async Task The_function_app_has_the_mail_identity_setting(string name)
    {
        var settings = (await artifacts.Template).AppSettings;

        Assert.Contains(name, settings.Keys);
    }

    [Fact]
    public async Task OAuth2_tokens_come_from_the_apps_managed_identity_and_no_token_or_client_secret_is_a_setting()
    {
        var settings = (await artifacts.Template).AppSettings;

        Assert.Contains("ManagedIdentity", settings["AgendaFlow__OAuth2__Credential"], StringComparison.Ordinal);
        Assert.DoesNotContain(settings.Keys, k => k.Contains("AccessToken", StringComparison.OrdinalIgnoreCase) || k.EndsWith("ClientSecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_deployment_names_the_identity_an_Exchange_administrator_registers()
    {
        var outputs = (await artifacts.Template).Root["outputs"]!.AsObject();

        Assert.True(outputs.ContainsKey("MAIL_IDENTITY_OBJECT_ID"));
    }
}
