using Azure.Core;
using Azure.Identity;

namespace AgendaFlow.Mail;

/// <summary>Makes the Azure.Identity credential that <see cref="MailOAuthOptions"/> describes.</summary>
public static class MailCredential
{
    /// <summary>The audience a managed identity's token has when it is exchanged for an app registration's.</summary>
    private const string TokenExchangeScope = "api://AzureADTokenExchange/.default";

    public static TokenCredential Create(MailOAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Credential switch
        {
            MailCredentialKind.ManagedIdentity => ManagedIdentity(options.ClientId),
            MailCredentialKind.WorkloadIdentity => Federated(options),
            MailCredentialKind.ClientSecret => new ClientSecretCredential(
                Required(options.TenantId, "TenantId"), Required(options.ClientId, "ClientId"), Required(options.ClientSecret, "ClientSecret")),
            _ => throw new InvalidOperationException($"Unknown AgendaFlow:OAuth2:Credential '{options.Credential}'."),
        };
    }

    private static ManagedIdentityCredential ManagedIdentity(string? clientId) =>
        new(string.IsNullOrWhiteSpace(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));

    private static ClientAssertionCredential Federated(MailOAuthOptions options)
    {
        var identity = ManagedIdentity(options.ManagedIdentityClientId);
        var exchange = new TokenRequestContext([TokenExchangeScope]);
        return new ClientAssertionCredential(
            Required(options.TenantId, "TenantId"),
            Required(options.ClientId, "ClientId"),
            async cancellationToken => (await identity.GetTokenAsync(exchange, cancellationToken).ConfigureAwait(false)).Token);
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"AgendaFlow__OAuth2__{name} must be set for this credential.")
            : value;
}
