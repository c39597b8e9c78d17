namespace AgendaFlow.Mail;

/// <summary>How the app gets its own OAuth2 tokens for the mail servers.</summary>
public enum MailCredentialKind
{
    /// <summary>The function app's managed identity, registered in Exchange as a service principal.</summary>
    ManagedIdentity,

    /// <summary>
    /// An app registration (<see cref="MailOAuthOptions.ClientId"/> in <see cref="MailOAuthOptions.TenantId"/>) that
    /// trusts the managed identity through a federated credential: no secret, and the app may live in the tenant
    /// that runs Exchange while the function app runs in another.
    /// </summary>
    WorkloadIdentity,

    /// <summary>An app registration with a client secret (kept in Key Vault, referenced from the app setting).</summary>
    ClientSecret,
}

/// <summary>
/// The <c>AgendaFlow:OAuth2</c> section: who the app is to Entra ID when a mail server's <c>AuthMethod</c> is
/// <c>OAuth2</c>, and which mailbox it logs in to. Tokens are fetched and renewed by the app; none is configured.
/// </summary>
public sealed class MailOAuthOptions
{
    public const string SectionName = "AgendaFlow:OAuth2";

    public MailCredentialKind Credential { get; set; } = MailCredentialKind.ManagedIdentity;

    /// <summary>The Entra tenant (directory) id of the organisation whose Exchange Online holds the mailbox.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// The client id of the identity Exchange knows: a user-assigned managed identity's, or the app registration's
    /// for <see cref="MailCredentialKind.WorkloadIdentity"/> and <see cref="MailCredentialKind.ClientSecret"/>.
    /// Empty with <see cref="MailCredentialKind.ManagedIdentity"/> means the system-assigned identity.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>For <see cref="MailCredentialKind.WorkloadIdentity"/>: the user-assigned managed identity that is federated; empty means system-assigned.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Only for <see cref="MailCredentialKind.ClientSecret"/>; set it as a Key Vault reference.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The agenda mailbox the app logs in to (SMTP and IMAP user name unless those name another).</summary>
    public string? Mailbox { get; set; }

    public string Scope { get; set; } = AccessTokenSource.ExchangeOnlineScope;
}
