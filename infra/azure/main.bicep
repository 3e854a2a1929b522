// Uppföljningsboten in one resource group: what a municipality's IT deploys.
//
//   Web App (Linux, Node 24) ──reads secrets──▶ Key Vault (RBAC) ◀── the deployment writes them
//        │  system-assigned identity, role Key Vault Secrets User
//        ├──▶ Storage account (Table Storage: every table the bot keeps)
//        └──▶ Application Insights ──▶ Log Analytics workspace (also the Web App's and vault's logs)
//   Azure Bot (global registration, Teams channel) ──▶ https://<web app>/api/messages
//
// Every app setting the bot reads (services/config/config.ts) is set in `appSettings` below or
// listed in infra/azure/settings-left-to-default.json with the reason; test/infra checks both.
// Deploy: docs/deploy.md.

targetScope = 'resourceGroup'

@description('Start of every resource name: 3–11 lower-case letters, digits or hyphens, starting with a letter, e.g. uppf-norsjo.')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Azure region of everything but the bot registration. Sweden Central keeps the data in Sweden.')
param location string = 'swedencentral'

@description('App Service plan. B1 runs the bot for a whole municipality with Always On and health checks; P0v3 adds autoscale and slots.')
@allowed([
  'B1'
  'B2'
  'B3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('How many instances run the bot. Safe above 1: scheduled work holds a lease in Table Storage and every shared row is written with ETags (docs/deploy.md).')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Redundancy of the storage account. ZRS keeps three copies in three zones of the region; GRS from Sweden Central copies to Sweden South.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_ZRS'

@description('The bot\'s Entra ID app registration: its application (client) id.')
param botAppId string

@description('The tenant of the app registration.')
param botTenantId string = subscription().tenantId

@description('SingleTenant (the default, and what Microsoft supports for new bots) or MultiTenant.')
@allowed([
  'SingleTenant'
  'MultiTenant'
])
param msaAppType string = 'SingleTenant'

@description('A client secret of the app registration. Stored in Key Vault only; never in a parameter file.')
@secure()
param botAppPassword string

@description('Comma-separated tenant ids whose activities the bot serves; by default the app\'s own tenant only. Empty: all.')
param allowedTenants string = botTenantId

@description('Comma-separated UPNs or Entra object ids of the first admins (more are added in chat).')
param botAdmins string = ''

@description('pino log level.')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Key Vault purge protection: a deleted vault and its secrets can be recovered for 90 days and not purged. Turn off only for trial installations you will delete.')
param keyVaultPurgeProtection bool = true

@description('Tags put on every resource (cost centre, owner, …).')
param tags object = {}

// uniqueString keeps the globally unique names (storage, vault, web app, bot) apart between
// installations; the same resource group and prefix always give the same names.
var suffix = uniqueString(resourceGroup().id, namePrefix)
var short = take(suffix, 6)
var names = {
  storage: toLower(take('${replace(namePrefix, '-', '')}${suffix}', 24))
  keyVault: '${namePrefix}-kv-${short}'
  workspace: '${namePrefix}-log'
  insights: '${namePrefix}-appi'
  plan: '${namePrefix}-plan'
  webApp: '${namePrefix}-${short}'
  bot: '${namePrefix}-bot-${short}'
}

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.workspace
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.storage
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Shared key stays allowed because the bot reaches its tables with a connection string
    // (STORAGE_CONNECTION_STRING), and a connection string carries the account key. The key lives
    // only in Key Vault. Moving the bot to its managed identity would let this be false.
    allowSharedKeyAccess: true
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: false
    publicNetworkAccess: 'Enabled'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.keyVault
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
    // Purge protection can be turned on but never off: null leaves it off.
    enablePurgeProtection: keyVaultPurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'microsoft-app-password'
  properties: {
    contentType: 'Client secret of the bot\'s Entra ID app registration'
    value: botAppPassword
  }
}

resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'storage-connection-string'
  properties: {
    contentType: 'Connection string of the bot\'s storage account'
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: names.webApp
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: any instance can serve any request, state is in Table Storage.
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/bot/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// Deploying code goes through Entra ID (`az webapp deploy`), never FTP or basic-auth passwords.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, webApp.id, keyVaultSecretsUser)
  scope: keyVault
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Written after the role assignment, so the Key Vault references resolve on the first start.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  dependsOn: [
    secretsUser
  ]
  properties: {
    MICROSOFT_APP_ID: botAppId
    MICROSOFT_APP_PASSWORD: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret.properties.secretUri})'
    MICROSOFT_APP_TENANT_ID: botTenantId
    MICROSOFT_APP_TYPE: msaAppType
    STORAGE_CONNECTION_STRING: '@Microsoft.KeyVault(SecretUri=${storageConnectionSecret.properties.secretUri})'
    ALLOWED_TENANTS: allowedTenants
    BOT_ADMINS: botAdmins
    TZ_DEFAULT: 'Europe/Stockholm'
    LOG_LEVEL: logLevel
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
}

resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: workspace.id
    logs: [
      for category in [
        'AppServiceConsoleLogs'
        'AppServiceHTTPLogs'
        'AppServicePlatformLogs'
        'AppServiceAuditLogs'
      ]: {
        category: category
        enabled: true
      }
    ]
  }
}

resource keyVaultLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: keyVault
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

// The bot registration is global by nature (Bot Connector); the bot's data stays in `location`.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: 'F0' // Teams is a standard channel: free, without message limits
  }
  properties: {
    displayName: 'Uppföljningsboten'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: msaAppType
    msaAppTenantId: msaAppType == 'SingleTenant' ? botTenantId : ''
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      // What the portal asks when the channel is added by hand: the Teams channel terms.
      acceptedTerms: true
    }
  }
}

@description('The Web App, for az webapp deploy.')
output webAppName string = webApp.name

@description('The bot\'s host name: BOT_DOMAIN for npm run package.')
output botDomain string = webApp.properties.defaultHostName

@description('Where Teams sends activities.')
output messagingEndpoint string = bot.properties.endpoint

output keyVaultName string = keyVault.name
output storageAccountName string = storage.name
output botServiceName string = bot.name
