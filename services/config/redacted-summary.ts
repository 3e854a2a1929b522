// What of the configuration is safe to log at start: secrets replaced by whether they are set.
import type { Config } from "./config-type";

/** What is safe to log: secrets replaced by whether they are set. */
export function redactedSummary(config: Config): Record<string, unknown> {
  return {
    appId: config.auth.appId || "(tomt: lokal körning utan autentisering)",
    appPasswordSet: config.auth.appPassword.length > 0,
    tenantId: config.auth.tenantId || "(tomt)",
    appType: config.auth.appType,
    storage: storageSummary(config.storage),
    storageTimeoutMs: config.storage.timeoutMs,
    tablePrefix: config.storage.tablePrefix || "(inget)",
    port: config.port,
    allowedTenants: config.allowedTenants.length ? config.allowedTenants : "alla",
    bootstrapAdmins: config.bootstrapAdmins.length,
    timeZone: config.timeZone,
    logLevel: config.logLevel,
    locale: config.locale,
    clockStart: config.clockStart ?? "(verklig tid)",
    remindersEnabled: config.reminders.enabled,
    messagesPerSecond: config.messaging.perAppPerSecond,
    messagesPerChatPerSecond: config.messaging.perConversationPerSecond,
    graph: config.graph.baseUrl,
    teamsAppCatalogId: config.graph.teamsAppCatalogId ?? "(tomt: installera appen via Graph är av)",
    koladaApiUrl: config.kolada.apiUrl,
    koladaRefreshHours: config.kolada.refreshHours,
  };
}

function storageSummary(storage: Config["storage"]): string {
  if (storage.accountUrl) return `${new URL(storage.accountUrl).host} med Entra ID (ingen nyckel)`;
  if (storage.connectionString) return `konfigurerad (${accountOf(storage.connectionString)})`;
  return "inbyggd Azurite";
}

function accountOf(connectionString: string): string {
  return /AccountName=([^;]+)/i.exec(connectionString)?.[1] ?? "okänt konto";
}
