// Key Vault for the mail passwords. Access is by Azure RBAC only (no access policies); the function app gets
// "Key Vault Secrets User" in functionapp.bicep and reads the secrets through Key Vault references.
// A password left empty creates no secret version: an existing secret (perhaps rotated by hand) stays as it is.

@description('Azure region.')
param location string

@description('Key Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Password of the SMTP account invitations are sent with; empty for no authentication.')
@secure()
param smtpPassword string

@description('Password of the IMAP mailbox replies arrive in; empty when not yet known.')
@secure()
param imapPassword string

param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource smtpSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

resource imapSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(imapPassword)) {
  parent: vault
  name: 'imap-password'
  properties: {
    value: imapPassword
    contentType: 'text/plain'
  }
}

output name string = vault.name
output id string = vault.id
// Versionless URIs: a Key Vault reference to one follows the newest version of the secret, so rotating a password
// is adding a version (see README.md (Deploying to Azure)).
output smtpSecretUri string = '${vault.properties.vaultUri}secrets/smtp-password'
output imapSecretUri string = '${vault.properties.vaultUri}secrets/imap-password'
