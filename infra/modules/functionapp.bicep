// The function app: a Flex Consumption (FC1) plan running AgendaFlow as a .NET isolated worker (runtime
// dotnet-isolated 10.0 in functionAppConfig). Why Flex: see README.md (Deploying to Azure).
//
// System-assigned identity with the least roles the app and its host need:
//   storage  Storage Blob Data Owner        host storage by identity (the documented role for AzureWebJobsStorage:
//                                           timer locks, keys), the deployment container Flex runs the code from,
//                                           the app's containers (agendas, rosters, referater, $web ...)
//            Storage Queue Data Contributor the Event Grid blob trigger's queue and its poison queue
//            Storage Table Data Contributor the app's tables (uploads, timeroccurrences, ...)
//   vault    Key Vault Secrets User         resolving the @Microsoft.KeyVault(...) references of the mail passwords
// The app settings are applied after the role assignments exist, so the host starts with working storage and the
// Key Vault references resolve on the first start.

@description('Azure region.')
param location string

@description('Name of the function app (also its host name: NAME.azurewebsites.net).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

param storageAccountName string
param keyVaultName string
param appInsightsName string

@description('URL of the blob container Flex deploys the code package to (azd deploy writes it there).')
param deploymentContainerUrl string

@description('Most instances Flex scales out to.')
param maximumInstanceCount int = 40

@description('Memory of each instance, in MB (512, 2048 or 4096).')
param instanceMemoryMB int = 2048

@description('Versionless secret URIs of the mail passwords; empty for none.')
param smtpPasswordSecretUri string
param imapPasswordSecretUri string

param smtp object
param imap object
param fromAddress string
// An e-mail address, not a secret: the rule only sees "secret" in "secretariat".
#disable-next-line secure-secrets-in-params
param secretariatAddress string

@description('Base of every link in a mail; empty for the function app\'s own https URL.')
param publicBaseUrl string

@description('NCRONTAB schedules of the timer functions in Europe/Copenhagen time, by function name.')
param schedules object

@description('''Mail through Microsoft 365 (README, Mail through Microsoft 365): authMethod (Password or OAuth2; OAuth2 uses
this app's system-assigned identity, registered in Exchange Online), tenantId, mailbox, messagesPerMinute and
recipientsPerDay (the relay's limits; Exchange Online: 30 and 10000; 0 = none).''')
param mail object = {}

@description('Object id of whoever deploys (user or service principal); empty for none. Gets Storage Blob Data Contributor (upload the package, publish to $web) and Key Vault Secrets Officer (rotate the mail passwords).')
param deployerPrincipalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param deployerPrincipalType string = 'User'

param tags object = {}

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  // azd deploys the `api` service of azure.yaml to the resource with this tag.
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

var principalId = site.identity.principalId

resource appBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, roles.storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource appQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, roles.storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource appTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource deployerBlobContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(storage.id, deployerPrincipalId, roles.storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
  }
}

resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, roles.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
  }
}

// Every setting the app and its host read. On Flex the runtime and its version live in functionAppConfig, not in
// FUNCTIONS_WORKER_RUNTIME or FUNCTIONS_EXTENSION_VERSION (Flex refuses those settings). The host's timers tick in
// UTC (Flex does not support WEBSITE_TIME_ZONE); the app runs each timer function when its Copenhagen-time
// schedule below is due.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    AgendaFlow__Schedules__ReconcileAgendas: schedules.ReconcileAgendas
    AgendaFlow__Schedules__SendOutbox: schedules.SendOutbox
    AgendaFlow__Schedules__CollectReplies: schedules.CollectReplies
    AgendaFlow__Schedules__SendReminders: schedules.SendReminders
    AgendaFlow__Schedules__SendAttendanceSummaries: schedules.SendAttendanceSummaries
    AgendaFlow__Schedules__PublishReferater: schedules.PublishReferater
    AgendaFlow__Schedules__DraftReferater: schedules.DraftReferater
    AgendaFlow__Smtp__Host: smtp.host
    AgendaFlow__Smtp__Port: smtp.port
    AgendaFlow__Smtp__Security: smtp.security
    AgendaFlow__Smtp__UserName: smtp.userName
    AgendaFlow__Smtp__Password: empty(smtpPasswordSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${smtpPasswordSecretUri})'
    AgendaFlow__Imap__Host: imap.host
    AgendaFlow__Imap__Port: imap.port
    AgendaFlow__Imap__Security: imap.security
    AgendaFlow__Imap__UserName: imap.userName
    AgendaFlow__Imap__Password: empty(imapPasswordSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${imapPasswordSecretUri})'
    AgendaFlow__Imap__Folder: imap.folder
    AgendaFlow__Smtp__AuthMethod: mail.?authMethod ?? 'Password'
    AgendaFlow__Imap__AuthMethod: mail.?authMethod ?? 'Password'
    AgendaFlow__Smtp__MessagesPerMinute: string(mail.?messagesPerMinute ?? 0)
    AgendaFlow__Smtp__RecipientsPerDay: string(mail.?recipientsPerDay ?? 0)
    // Tokens come from this app's own identity; no token and no secret is a setting.
    AgendaFlow__OAuth2__Credential: 'ManagedIdentity'
    AgendaFlow__OAuth2__TenantId: mail.?tenantId ?? tenant().tenantId
    AgendaFlow__OAuth2__Mailbox: mail.?mailbox ?? ''
    AgendaFlow__FromAddress: fromAddress
    AgendaFlow__SecretariatAddress: secretariatAddress
    AgendaFlow__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl
    // PublishReferater writes the public site straight into the static website's container.
    AgendaFlow__Publishing__Container: '$web'
    AgendaFlow__Publishing__BaseUrl: storage.properties.primaryEndpoints.web
  }
  dependsOn: [
    appBlobOwner
    appQueueContributor
    appTableContributor
    appSecretsUser
  ]
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
output principalId string = principalId
output id string = site.id
