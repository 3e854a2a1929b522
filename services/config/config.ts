// The one place that reads the environment. Validated at start with one schema (config-schema.ts):
// a wrong value stops the start with one line naming the variable and what it expects. Nothing
// else reads process.env.
import { configSchema } from "./config-schema";
import type { Config } from "./config-type";

export { CONFIG_VARIABLES, type ConfigVariable } from "./config-schema";
export { redactedSummary } from "./redacted-summary";
export type { Config } from "./config-type";

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Reads and checks the environment; throws ConfigError naming the first wrong variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "?");
    throw new ConfigError(
      variable,
      `Fel i konfigurationen: ${variable} ${issue?.message ?? "är ogiltig"}.`,
    );
  }
  const e = parsed.data;
  return {
    auth: {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
    },
    storage: {
      connectionString: e.STORAGE_CONNECTION_STRING || undefined,
      accountUrl: e.STORAGE_ACCOUNT_URL,
      timeoutMs: e.STORAGE_TIMEOUT_MS,
      tablePrefix: e.TABLE_PREFIX,
      dataDir: e.DATA_DIR,
    },
    port: e.PORT,
    allowedTenants: e.ALLOWED_TENANTS,
    bootstrapAdmins: e.BOT_ADMINS,
    timeZone: e.TZ_DEFAULT,
    logLevel: e.LOG_LEVEL,
    locale: e.BOT_LOCALE,
    clockStart: e.BOT_CLOCK_START,
    reminders: { enabled: e.REMINDERS_ENABLED },
    messaging: {
      perAppPerSecond: e.MESSAGES_PER_SECOND,
      perConversationPerSecond: e.MESSAGES_PER_CHAT_PER_SECOND,
    },
    graph: { baseUrl: e.GRAPH_API_URL, teamsAppCatalogId: e.TEAMS_APP_CATALOG_ID || undefined },
    kolada: {
      apiUrl: e.KOLADA_API_URL.replace(/\/+$/, ""),
      refreshHours: env.KOLADA_API_URL ? e.KOLADA_REFRESH_HOURS : 0,
    },
  };
}
