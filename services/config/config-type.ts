// The configuration as the app reads it: what loadConfig (config.ts) makes of the environment.
// Its own module so that the loader and the log summary both import it, and neither the other.
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
