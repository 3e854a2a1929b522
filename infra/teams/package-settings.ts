// What the Teams app package is built from: environment variables read at packaging time, checked
// with one schema. This is a build tool, not the app, so it reads its own variables here (the app's
// are in services/config/config.ts). A wrong or missing value stops packaging with one line that
// names the variable.
import { z } from "zod";
import { version as packageVersion } from "../../services/version";

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Teams wants plain MAJOR.MINOR.PATCH, without pre-release or build parts. */
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const hostname = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const httpsUrl = /^https:\/\/[^\s/?#]+[^\s]*$/i;

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

const schema = z.object({
  MICROSOFT_APP_ID: z
    .string({ error: "saknas: botens Entra-app-id (klient-id, ett GUID) behövs för att paketera" })
    .trim()
    .min(1, { error: "saknas: botens Entra-app-id (klient-id, ett GUID) behövs för att paketera" })
    .regex(guid, { error: "ska vara botens Entra-app-id (klient-id, ett GUID)" }),
  TEAMS_APP_ID: optional.refine((id) => id === undefined || guid.test(id), {
    error: "ska vara ett GUID (utelämnat: samma som MICROSOFT_APP_ID)",
  }),
  APP_VERSION: optional.refine((v) => v === undefined || semver.test(v), {
    error: "ska vara en version som 1.4.0 (tre tal, som Teams kräver)",
  }),
  BOT_DOMAIN: optional.refine((host) => host === undefined || hostname.test(host), {
    error: "ska vara ett värdnamn utan https:// och sökväg, t.ex. uppfoljning.azurewebsites.net",
  }),
  DEVELOPER_NAME: optional.refine((name) => name === undefined || name.length <= 32, {
    error: "får vara högst 32 tecken",
  }),
  DEVELOPER_WEBSITE_URL: optional.refine((url) => url === undefined || httpsUrl.test(url), {
    error: "ska vara en https-adress",
  }),
  DEVELOPER_PRIVACY_URL: optional.refine((url) => url === undefined || httpsUrl.test(url), {
    error: "ska vara en https-adress",
  }),
  DEVELOPER_TERMS_URL: optional.refine((url) => url === undefined || httpsUrl.test(url), {
    error: "ska vara en https-adress",
  }),
});

/** The variables the packaging reads, in the order the docs list them. */
export const PACKAGE_VARIABLES = Object.keys(schema.shape);

export interface PackageSettings {
  /** The manifest's `id`: the app's identity in the tenant's catalog; keep it across versions. */
  teamsAppId: string;
  /** The bot's Entra app id (`bots[0].botId`). */
  botId: string;
  version: string;
  /** Host of the bot's endpoint, e.g. uppfoljning.azurewebsites.net; empty when not given. */
  botDomain: string | undefined;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
}

export class PackagingError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = "PackagingError";
  }
}

/** Reads and checks the packaging variables; throws PackagingError naming the first wrong one. */
export function readPackageSettings(env: Record<string, string | undefined>): PackageSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "?");
    throw new PackagingError(
      variable,
      `Kan inte paketera: ${variable} ${issue?.message ?? "är ogiltig"}.`,
    );
  }
  const e = parsed.data;
  // Without own pages, the developer links point at the bot's host: Teams requires all three.
  const site = (variable: string, value: string | undefined): string => {
    if (value) return value;
    if (e.BOT_DOMAIN) return `https://${e.BOT_DOMAIN}/`;
    throw new PackagingError(
      variable,
      `Kan inte paketera: ${variable} saknas (sätt den, eller BOT_DOMAIN som standard för den).`,
    );
  };
  return {
    teamsAppId: e.TEAMS_APP_ID ?? e.MICROSOFT_APP_ID,
    botId: e.MICROSOFT_APP_ID,
    version: e.APP_VERSION ?? packageVersion,
    botDomain: e.BOT_DOMAIN,
    developer: {
      name: e.DEVELOPER_NAME ?? "Uppföljningsboten",
      websiteUrl: site("DEVELOPER_WEBSITE_URL", e.DEVELOPER_WEBSITE_URL),
      privacyUrl: site("DEVELOPER_PRIVACY_URL", e.DEVELOPER_PRIVACY_URL),
      termsOfUseUrl: site("DEVELOPER_TERMS_URL", e.DEVELOPER_TERMS_URL),
    },
  };
}
