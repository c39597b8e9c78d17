// The one storage account: the Functions host's own storage (AzureWebJobsStorage: timer locks, blob-trigger
// receipts and its queue, keys), the app's blob containers and tables, the deployment package, and the static
// website ($web) that serves published referater.
//
// Shared keys are switched off (allowSharedKeyAccess: false). That works on Flex Consumption because
//   - the host reaches its storage by identity (AzureWebJobsStorage__accountName + system-assigned identity),
//   - Flex Consumption uses no Azure Files content share (WEBSITE_CONTENTAZUREFILECONNECTIONSTRING needs a key),
//   - the code package is read from the deployment container with the app's identity.
// The static website endpoint serves $web anonymously whatever allowBlobPublicAccess says, so blob public access
// stays off as well.

@description('Azure region.')
param location string

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Blob containers the app uses.')
param containerNames array

@description('Tables the app uses.')
param tableNames array

@description('Container that holds the deployment package Flex Consumption runs.')
param packageContainerName string

param tags object = {}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    // An agenda or referat deleted by mistake can be undeleted for a week.
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in union(containerNames, [packageContainerName]): {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output tableEndpoint string = storage.properties.primaryEndpoints.table
output queueEndpoint string = storage.properties.primaryEndpoints.queue
@description('Static website endpoint; it answers once static website hosting is switched on (infra/deploy.sh).')
output webEndpoint string = storage.properties.primaryEndpoints.web
