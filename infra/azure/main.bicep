// Uppföljningsboten in one resource group: what a municipality's IT deploys.
//
//   User-assigned managed identity: the bot's one identity, and no secret anywhere
//        │ is the Azure Bot's app (UserAssignedMSI), is assigned to the Web App
//   Web App (Linux, Node 24) ──Entra ID token──▶ Storage account (tables; shared keys off,
//        │                                        role Storage Table Data Contributor)
//        ├──Entra ID token──▶ Microsoft Graph (installs the app for reporters; docs/deploy.md)
//        └──▶ Application Insights ──▶ Log Analytics workspace (also the Web App's logs)
//   Azure Bot (global registration, Teams channel) ──▶ https://<web app>/api/messages
//
// No Key Vault: with the identity nothing is left that needs a secret (no client secret, no
// storage key, no connection string; the Application Insights connection string is not one).
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

@description('Comma-separated tenant ids whose activities the bot serves; by default the subscription\'s tenant only. Empty: all.')
param allowedTenants string = subscription().tenantId

@description('The app\'s id in the organisation\'s Teams app catalog (not the manifest id), for installing the app for reporters through Microsoft Graph. Empty until the app is uploaded: docs/deploy.md, step 6.')
param teamsAppCatalogId string = ''

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

@description('Tags put on every resource (cost centre, owner, …).')
param tags object = {}

// uniqueString keeps the globally unique names (storage, vault, web app, bot) apart between
// installations; the same resource group and prefix always give the same names.
var suffix = uniqueString(resourceGroup().id, namePrefix)
var short = take(suffix, 6)
var names = {
  storage: toLower(take('${replace(namePrefix, '-', '')}${suffix}', 24))
  identity: '${namePrefix}-id'
  workspace: '${namePrefix}-log'
  insights: '${namePrefix}-appi'
  plan: '${namePrefix}-plan'
  webApp: '${namePrefix}-${short}'
  bot: '${namePrefix}-bot-${short}'
}

// Built-in role "Storage Table Data Contributor": read, write and delete tables and rows, no keys.
var storageTableDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')

// The bot's identity: the Azure Bot signs in with it (UserAssignedMSI) and the Web App holds it,
// so the Bot Framework, Table Storage and Graph all get their tokens without a secret.
resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: tags
}

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
    // The bot reaches its tables with its managed identity (STORAGE_ACCOUNT_URL), so no account
    // key is ever used: shared-key access is off and the portal defaults to Entra ID too.
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
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
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${botIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: any instance can serve any request, state is in Table Storage.
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // The Node flags of `npm start` (package.json): a young generation of 8 MB semi-spaces, not 16
      // (docs/benchmarks.md, "Burst and memory"). A test keeps the two the same.
      appCommandLine: 'node --max-semi-space-size=8 dist/bot/main.js'
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

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, botIdentity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: storageTableDataContributor
    principalId: botIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Written after the role assignment, so the first start can already reach its tables.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  dependsOn: [
    tableDataContributor
  ]
  properties: {
    MICROSOFT_APP_ID: botIdentity.properties.clientId
    MICROSOFT_APP_TENANT_ID: botIdentity.properties.tenantId
    MICROSOFT_APP_TYPE: 'UserAssignedMSI'
    STORAGE_ACCOUNT_URL: storage.properties.primaryEndpoints.table
    TEAMS_APP_CATALOG_ID: teamsAppCatalogId
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
    msaAppId: botIdentity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: botIdentity.id
    msaAppTenantId: botIdentity.properties.tenantId
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

@description('The bot\'s app id (the identity\'s client id): MICROSOFT_APP_ID for npm run package.')
output botAppId string = botIdentity.properties.clientId

@description('The identity\'s service principal (object id): gets the Graph permission in docs/deploy.md.')
output botPrincipalId string = botIdentity.properties.principalId

output storageAccountName string = storage.name
output botServiceName string = bot.name
