// The one place that reads the environment. Validated at start with one schema: a wrong value stops
// the start with one line naming the variable and what it expects. Nothing else reads process.env.
import { z } from "zod";
import { IANAZone } from "luxon";
import { upnProblem } from "../people/upn";

const list = (text: string | undefined) =>
  (text ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const schema = z
  .object({
    MICROSOFT_APP_ID: z.string().trim().default(""),
    MICROSOFT_APP_PASSWORD: z.string().default(""),
    MICROSOFT_APP_TENANT_ID: z.string().trim().default(""),
    MICROSOFT_APP_TYPE: z
      .enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], {
        error: "ska vara MultiTenant, SingleTenant eller UserAssignedMSI",
      })
      .default("MultiTenant"),
    STORAGE_CONNECTION_STRING: z.string().trim().optional(),
    STORAGE_ACCOUNT_URL: z
      .string()
      .trim()
      .optional()
      .transform((text) => text || undefined)
      .pipe(
        z
          .url({
            protocol: /^https$/,
            error:
              "ska vara tabelltjänstens https-adress, t.ex. https://konto.table.core.windows.net",
          })
          .optional(),
      ),
    STORAGE_TIMEOUT_MS: z.coerce
      .number({ error: "ska vara ett antal millisekunder 100–60000" })
      .int({ error: "ska vara ett antal millisekunder 100–60000" })
      .min(100, { error: "ska vara ett antal millisekunder 100–60000" })
      .max(60_000, { error: "ska vara ett antal millisekunder 100–60000" })
      .default(3_000),
    TABLE_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9]*$/, { error: "får bara innehålla bokstäver a–z och siffror" })
      .default(""),
    PORT: z.coerce
      .number({ error: "ska vara ett portnummer (1–65535)" })
      .int({ error: "ska vara ett portnummer (1–65535)" })
      .min(0)
      .max(65535, { error: "ska vara ett portnummer (1–65535)" })
      .default(3978),
    ALLOWED_TENANTS: z
      .string()
      .optional()
      .transform(list)
      .refine((ids) => ids.every((id) => guid.test(id)), {
        error: "ska vara en kommaseparerad lista av tenant-id (GUID)",
      }),
    BOT_ADMINS: z
      .string()
      .optional()
      .transform(list)
      .refine((ids) => ids.every((id) => guid.test(id) || upnProblem(id) === undefined), {
        error: "ska vara en kommaseparerad lista av AAD-objekt-id (GUID) eller UPN (namn@domän)",
      }),
    TZ_DEFAULT: z
      .string()
      .default("Europe/Stockholm")
      .refine((zone) => IANAZone.isValidZone(zone), {
        error: "ska vara en IANA-tidszon, t.ex. Europe/Stockholm",
      }),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "ska vara en av fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
    DATA_DIR: z.string().default(".data"),
    BOT_LOCALE: z
      .enum(["auto", "sv", "en"], { error: "ska vara auto, sv eller en" })
      .default("auto"),
    BOT_CLOCK_START: z
      .string()
      .trim()
      .optional()
      .transform((text) => text || undefined)
      .pipe(
        z.iso
          .datetime({ offset: true, error: "ska vara en tidpunkt, t.ex. 2025-05-02T07:00:00Z" })
          .optional(),
      ),
    REMINDERS_ENABLED: z
      .enum(["true", "false", "1", "0"], { error: "ska vara true eller false" })
      .default("true")
      .transform((flag) => flag === "true" || flag === "1"),
    MESSAGES_PER_SECOND: z.coerce
      .number({ error: "ska vara ett heltal 1–1000" })
      .int({ error: "ska vara ett heltal 1–1000" })
      .min(1, { error: "ska vara ett heltal 1–1000" })
      .max(1000, { error: "ska vara ett heltal 1–1000" })
      .default(30),
    MESSAGES_PER_CHAT_PER_SECOND: z.coerce
      .number({ error: "ska vara ett heltal 1–100" })
      .int({ error: "ska vara ett heltal 1–100" })
      .min(1, { error: "ska vara ett heltal 1–100" })
      .max(100, { error: "ska vara ett heltal 1–100" })
      .default(7),
    GRAPH_API_URL: z
      .url({
        protocol: /^https?$/,
        error: "ska vara en URL, t.ex. https://graph.microsoft.com/v1.0",
      })
      .default("https://graph.microsoft.com/v1.0")
      .transform((url) => url.replace(/\/+$/, "")),
    TEAMS_APP_CATALOG_ID: z
      .string()
      .trim()
      .default("")
      .refine((id) => id === "" || guid.test(id), {
        error: "ska vara appens id i organisationens Teams-appkatalog (GUID)",
      }),
    KOLADA_API_URL: z
      .url({
        protocol: /^https?$/,
        error: "ska vara en http(s)-adress, t.ex. https://api.kolada.se/v3",
      })
      .default("https://api.kolada.se/v3"),
    KOLADA_REFRESH_HOURS: z.coerce
      .number({ error: "ska vara ett antal timmar 0–8760 (0 = av)" })
      .min(0, { error: "ska vara ett antal timmar 0–8760 (0 = av)" })
      .max(8760, { error: "ska vara ett antal timmar 0–8760 (0 = av)" })
      .default(24),
  })
  .superRefine((env, ctx) => {
    if (env.MICROSOFT_APP_ID && !guid.test(env.MICROSOFT_APP_ID)) {
      ctx.addIssue({
        code: "custom",
        path: ["MICROSOFT_APP_ID"],
        message: "ska vara ett app-id (GUID)",
      });
    }
    if (env.STORAGE_CONNECTION_STRING && env.STORAGE_ACCOUNT_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["STORAGE_ACCOUNT_URL"],
        message: "och STORAGE_CONNECTION_STRING kan inte båda anges: välj en av dem",
      });
    }
    if (env.MICROSOFT_APP_TYPE !== "MultiTenant" && !env.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({
        code: "custom",
        path: ["MICROSOFT_APP_TENANT_ID"],
        message: `krävs när MICROSOFT_APP_TYPE är ${env.MICROSOFT_APP_TYPE}`,
      });
    }
    // A managed identity has no secret; botbuilder refuses one, so say it here, by name.
    if (env.MICROSOFT_APP_TYPE === "UserAssignedMSI" && !env.MICROSOFT_APP_ID) {
      ctx.addIssue({
        code: "custom",
        path: ["MICROSOFT_APP_ID"],
        message: "krävs när MICROSOFT_APP_TYPE är UserAssignedMSI (identitetens klient-id)",
      });
    }
    if (env.MICROSOFT_APP_TYPE === "UserAssignedMSI" && env.MICROSOFT_APP_PASSWORD) {
      ctx.addIssue({
        code: "custom",
        path: ["MICROSOFT_APP_PASSWORD"],
        message:
          "ska vara tomt när MICROSOFT_APP_TYPE är UserAssignedMSI (en hanterad identitet har ingen hemlighet)",
      });
    }
  });

export type ConfigVariable = keyof typeof schema.shape;

/**
 * Every environment variable the schema reads, taken from the schema itself so it cannot drift.
 * The deployment template is checked against it (test/infra).
 */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = Object.keys(schema.shape).filter(
  (key): key is ConfigVariable => key in schema.shape,
);

export interface Config {
  auth: {
    appId: string;
    appPassword: string;
    tenantId: string;
    appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  };
  storage: {
    connectionString: string | undefined;
    /** Entra ID instead of a key: the account's table URL, reached with a token credential. */
    accountUrl: string | undefined;
    /** How long one storage call may take. */
    timeoutMs: number;
    tablePrefix: string;
    dataDir: string;
  };
  port: number;
  allowedTenants: string[];
  bootstrapAdmins: string[];
  timeZone: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** `auto`: follow the Teams client's language; `sv` or `en`: always that one. */
  locale: "auto" | "sv" | "en";
  /** Demos and end-to-end tests: the bot's clock starts at this ISO instant and runs forward. */
  clockStart: string | undefined;
  /** False: this instance runs no reminder tick (`uppfoljning reminders run-due` from cron does). */
  reminders: { enabled: boolean };
  /** Teams' rate limits, kept on our side: messages per second for the app, and to one chat. */
  messaging: { perAppPerSecond: number; perConversationPerSecond: number };
  /** Microsoft Graph, for installing the app for reporters; no catalog id: that action is off. */
  graph: { baseUrl: string; teamsAppCatalogId: string | undefined };
  /**
   * Kolada's API v3, where comparison values are read (a local fake in tests). `refreshHours`: how
   * often the scheduler reads every mapped KPI again; 0 when off, which it is unless
   * KOLADA_API_URL is set (nothing that runs by itself calls out unless the operator said where).
   */
  kolada: { apiUrl: string; refreshHours: number };
}

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
  const parsed = schema.safeParse(env);
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
