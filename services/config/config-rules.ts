// The rules between configuration variables: how the app authenticates (the app id, its type,
// tenant and secret must fit together) and which one storage it uses. Checked after each variable
// has been read on its own; the first broken rule is the one the start names.
import type { z } from "zod";

export const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RuleInput {
  MICROSOFT_APP_ID: string;
  MICROSOFT_APP_PASSWORD: string;
  MICROSOFT_APP_TENANT_ID: string;
  MICROSOFT_APP_TYPE: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  STORAGE_CONNECTION_STRING?: string | undefined;
  STORAGE_ACCOUNT_URL?: string | undefined;
}

interface Rule {
  variable: keyof RuleInput;
  broken: (env: RuleInput) => boolean;
  message: (env: RuleInput) => string;
}

const RULES: readonly Rule[] = [
  {
    variable: "MICROSOFT_APP_ID",
    broken: (env) => env.MICROSOFT_APP_ID !== "" && !guid.test(env.MICROSOFT_APP_ID),
    message: () => "ska vara ett app-id (GUID)",
  },
  {
    variable: "STORAGE_ACCOUNT_URL",
    broken: (env) => Boolean(env.STORAGE_CONNECTION_STRING && env.STORAGE_ACCOUNT_URL),
    message: () => "och STORAGE_CONNECTION_STRING kan inte båda anges: välj en av dem",
  },
  {
    variable: "MICROSOFT_APP_TENANT_ID",
    broken: (env) => env.MICROSOFT_APP_TYPE !== "MultiTenant" && !env.MICROSOFT_APP_TENANT_ID,
    message: (env) => `krävs när MICROSOFT_APP_TYPE är ${env.MICROSOFT_APP_TYPE}`,
  },
  // A managed identity has no secret; botbuilder refuses one, so say it here, by name.
  {
    variable: "MICROSOFT_APP_ID",
    broken: (env) => env.MICROSOFT_APP_TYPE === "UserAssignedMSI" && !env.MICROSOFT_APP_ID,
    message: () => "krävs när MICROSOFT_APP_TYPE är UserAssignedMSI (identitetens klient-id)",
  },
  {
    variable: "MICROSOFT_APP_PASSWORD",
    broken: (env) =>
      env.MICROSOFT_APP_TYPE === "UserAssignedMSI" && env.MICROSOFT_APP_PASSWORD !== "",
    message: () =>
      "ska vara tomt när MICROSOFT_APP_TYPE är UserAssignedMSI (en hanterad identitet har ingen hemlighet)",
  },
];

export function checkVariableRules(env: RuleInput, ctx: z.RefinementCtx): void {
  for (const rule of RULES) {
    if (rule.broken(env)) {
      ctx.addIssue({ code: "custom", path: [rule.variable], message: rule.message(env) });
    }
  }
}
