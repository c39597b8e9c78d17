// AgendaFlow in Azure: one resource group with
//   - a storage account (host storage, app containers and tables, deployment package, static website),
//   - a Flex Consumption function app running the .NET isolated worker, with a system-assigned identity,
//   - an Event Grid system topic on the storage account (the AgendaUploaded subscription is made after deploying,
//     by infra/hooks/postdeploy.sh: its webhook key exists only once the code runs),
//   - a Key Vault with the SMTP and IMAP passwords, referenced from the app settings,
//   - Application Insights on a Log Analytics workspace.
// Deploy with `azd up` (provision, deploy the `api` service, post-deploy hook), see README.md (Deploying to Azure).

targetScope = 'resourceGroup'

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('azd environment name, put on every resource as the azd-env-name tag; empty outside azd.')
param environmentName string = ''

@description('Prefix of every generated resource name: lowercase letters and digits.')
@minLength(2)
@maxLength(10)
param namePrefix string = 'agendaflow'

@description('Makes the generated names unique; stable per resource group and prefix.')
param nameSuffix string = uniqueString(resourceGroup().id, namePrefix)

@description('Storage account name (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param storageAccountName string = take('st${namePrefix}${nameSuffix}', 24)

@description('Function app name (its host name is NAME.azurewebsites.net).')
param functionAppName string = 'func-${namePrefix}-${nameSuffix}'

@description('Flex Consumption plan name.')
param planName string = 'plan-${namePrefix}-${nameSuffix}'

@description('Key Vault name (3-24 letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(24)
param keyVaultName string = take('kv${namePrefix}${nameSuffix}', 24)

@description('Log Analytics workspace name.')
param logAnalyticsName string = 'log-${namePrefix}-${nameSuffix}'

@description('Application Insights name.')
param appInsightsName string = 'appi-${namePrefix}-${nameSuffix}'

// Outgoing mail (invitations, reminders, summaries).
@description('SMTP relay host name.')
param smtpHost string = ''

@description('SMTP port: 587 for STARTTLS, 465 for TLS on connect.')
param smtpPort string = '587'

@description('SMTP transport security.')
@allowed([
  'None'
  'StartTls'
  'SslOnConnect'
])
param smtpSecurity string = 'StartTls'

@description('SMTP user name; empty for a relay without authentication.')
param smtpUserName string = ''

@description('Password, or OAuth2 for Exchange Online: the function app logs in to SMTP and IMAP with its own identity (README, Mail through Microsoft 365).')
@allowed(['Password', 'OAuth2'])
param mailAuthMethod string = 'Password'

@description('The agenda mailbox the app logs in to with OAuth2 (e.g. dagsorden@region.dk); its Exchange Online tenant is this deployment\'s.')
param mailMailbox string = ''

@description('Most messages the relay takes a minute; Exchange Online: 30. 0 = no limit.')
param smtpMessagesPerMinute int = mailAuthMethod == 'OAuth2' ? 30 : 0

@description('Most recipients the relay takes a day; Exchange Online: 10000. 0 = no limit.')
param smtpRecipientsPerDay int = mailAuthMethod == 'OAuth2' ? 10000 : 0

@description('SMTP password, stored in Key Vault as smtp-password; empty leaves the secret as it is (or absent).')
@secure()
param smtpPassword string = ''

// The agenda mailbox that replies arrive in.
@description('IMAP host name of the agenda mailbox.')
param imapHost string = ''

@description('IMAP port: 993 for TLS on connect, 143 for STARTTLS.')
param imapPort string = '993'

@description('IMAP transport security.')
@allowed([
  'None'
  'StartTls'
  'SslOnConnect'
])
param imapSecurity string = 'SslOnConnect'

@description('IMAP user name of the agenda mailbox.')
param imapUserName string = ''

@description('IMAP password, stored in Key Vault as imap-password; empty leaves the secret as it is (or absent).')
@secure()
param imapPassword string = ''

@description('IMAP folder replies arrive in.')
param imapFolder string = 'INBOX'

@description('The agenda mailbox address invitations come from, e.g. dagsorden@region.example.')
param fromAddress string = ''

@description('Where attendance summaries go unless a committee\'s roster names another address.')
// An e-mail address, not a secret: the rule only sees "secret" in "secretariat".
#disable-next-line secure-secrets-in-params
param secretariatAddress string = ''

@description('Base of every link in a mail; empty for the function app\'s own https URL.')
param publicBaseUrl string = ''

// NCRONTAB schedules (six fields, seconds first) in Europe/Copenhagen time; the app decides what is due at each
// tick of the host's UTC timers.
@description('Schedule of ReconcileAgendas: hands agendas no blob event brought in to AgendaUploaded.')
param reconcileAgendasSchedule string = '0 */10 * * * *'

@description('Schedule of SendOutbox: sends queued mail whose time has come, retries included.')
param sendOutboxSchedule string = '0 * * * * *'

@description('Schedule of CollectReplies: reads the agenda mailbox.')
param collectRepliesSchedule string = '0 */5 * * * *'

@description('Schedule of SendReminders (hourly): reminders to participants who have not answered, and the final summary before each meeting.')
param sendRemindersSchedule string = '0 0 * * * *'

@description('Schedule of SendAttendanceSummaries: attendance summaries to the secretariat on weekdays.')
param sendAttendanceSummariesSchedule string = '0 0 7 * * 1-5'

@description('Schedule of DraftReferater: drafts the referat of meetings that have ended.')
param draftReferaterSchedule string = '0 30 * * * *'

@description('Schedule of PublishReferater: publishes approved referater.')
param publishReferaterSchedule string = '0 0 * * * *'

@description('Object id of the user or service principal that deploys; gets data access to upload the package, publish to $web and rotate secrets. azd fills it in.')
param deployerPrincipalId string = ''

@description('Kind of principal deployerPrincipalId is.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param deployerPrincipalType string = 'User'

@description('Container Flex Consumption deploys the code package to.')
param deploymentContainerName string = 'deployments'

@description('Event Grid system topic name (blob events of the storage account).')
param systemTopicName string = 'evgt-${namePrefix}-${nameSuffix}'

var tags = empty(environmentName) ? { application: 'agendaflow' } : { application: 'agendaflow', 'azd-env-name': environmentName }

var containerNames = [
  'agendas'
  'agendas-rejected'
  'rosters'
  'referater'
  'referater-kladde'
]

var tableNames = [
  'uploads'
  'agendawatch'
  'timeroccurrences'
]

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    logAnalyticsName: logAnalyticsName
    appInsightsName: appInsightsName
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: storageAccountName
    containerNames: containerNames
    tableNames: tableNames
    packageContainerName: deploymentContainerName
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: keyVaultName
    smtpPassword: smtpPassword
    imapPassword: imapPassword
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    name: functionAppName
    planName: planName
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    deploymentContainerUrl: '${storage.outputs.blobEndpoint}${deploymentContainerName}'
    // A user name means a password: its setting references the secret even when this deployment does not set the
    // password (it may have been rotated in Key Vault since), so re-provisioning never drops the reference.
    smtpPasswordSecretUri: empty(smtpUserName) ? '' : keyVault.outputs.smtpSecretUri
    imapPasswordSecretUri: empty(imapUserName) ? '' : keyVault.outputs.imapSecretUri
    smtp: {
      host: smtpHost
      port: smtpPort
      security: smtpSecurity
      userName: smtpUserName
    }
    imap: {
      host: imapHost
      port: imapPort
      security: imapSecurity
      userName: imapUserName
      folder: imapFolder
    }
    fromAddress: fromAddress
    secretariatAddress: secretariatAddress
    publicBaseUrl: publicBaseUrl
    mail: {
      authMethod: mailAuthMethod
      tenantId: tenant().tenantId
      mailbox: mailMailbox
      messagesPerMinute: smtpMessagesPerMinute
      recipientsPerDay: smtpRecipientsPerDay
    }
    schedules: {
      ReconcileAgendas: reconcileAgendasSchedule
      SendOutbox: sendOutboxSchedule
      CollectReplies: collectRepliesSchedule
      SendReminders: sendRemindersSchedule
      SendAttendanceSummaries: sendAttendanceSummariesSchedule
      PublishReferater: publishReferaterSchedule
      DraftReferater: draftReferaterSchedule
    }
    deployerPrincipalId: deployerPrincipalId
    deployerPrincipalType: deployerPrincipalType
    tags: tags
  }
}

// Blob events of the storage account; infra/hooks/postdeploy.sh subscribes AgendaUploaded's webhook to it.
resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: storage.outputs.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// Upper-case names: azd puts every output into the environment, where infra/hooks/postdeploy.sh reads them.
@description('Object id of the function app\'s identity: the service principal an Exchange administrator registers (README, Mail through Microsoft 365).')
output MAIL_IDENTITY_OBJECT_ID string = functionApp.outputs.principalId

@description('https URL of the function app.')
output FUNCTION_APP_URL string = functionApp.outputs.url

@description('Name of the function app.')
output FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Static website URL where published referater appear (after infra/hooks/postdeploy.sh switched hosting on).')
output STATIC_WEBSITE_URL string = storage.outputs.webEndpoint

@description('Name of the storage account.')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Name of the Key Vault holding smtp-password and imap-password.')
output KEY_VAULT_NAME string = keyVault.outputs.name

@description('Event Grid system topic of the storage account, for the AgendaUploaded subscription.')
output EVENT_GRID_SYSTEM_TOPIC_NAME string = systemTopic.name

@description('Resource group of everything above.')
output AZURE_RESOURCE_GROUP string = resourceGroup().name
