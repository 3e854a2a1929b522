// The environment the bot reads, as one zod schema: each variable with its default and the Swedish
// words that say what it expects; the rules between variables are in config-rules.ts.
import { z } from "zod";
import { IANAZone } from "luxon";
import { upnProblem } from "../people/upn";
import { checkVariableRules, guid } from "./config-rules";

const list = (text: string | undefined) =>
  (text ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/** A whole number in a range, with one message for every way of missing it. */
const integerIn = (min: number, max: number, error: string) =>
  z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });

export const configSchema = z
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
    STORAGE_TIMEOUT_MS: integerIn(
      100,
      60_000,
      "ska vara ett antal millisekunder 100–60000",
    ).default(3_000),
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
    MESSAGES_PER_SECOND: integerIn(1, 1000, "ska vara ett heltal 1–1000").default(30),
    MESSAGES_PER_CHAT_PER_SECOND: integerIn(1, 100, "ska vara ett heltal 1–100").default(7),
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
  .superRefine(checkVariableRules);

export type ConfigVariable = keyof typeof configSchema.shape;

/**
 * Every environment variable the schema reads, taken from the schema itself so it cannot drift.
 * The deployment template is checked against it (test/infra).
 */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = Object.keys(configSchema.shape).filter(
  (key): key is ConfigVariable => key in configSchema.shape,
);
