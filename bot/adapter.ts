// The Bot Framework CloudAdapter with the product's authentication settings, turn middleware and the
// one turn-level error handler: it logs the error with its code and tells the user, in Swedish, that
// something went wrong and what to do (storage that did not answer is named as such). Never a stack
// trace to the user. An invoke (a card button) is answered with an error body Teams shows on the card.
import { randomUUID } from "node:crypto";
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type Middleware,
  type TurnContext,
} from "botbuilder";
import type { Config } from "../services/config/config";
import { isDomainError } from "../services/errors";
import { STORAGE_UNAVAILABLE_MESSAGE } from "../services/storage/storage-errors";
import type { Logger } from "../services/logging/logger";
import { localeFrom } from "../services/i18n/locale";
import { tenantOf } from "./identity";
import { answerInvokeWithError } from "./invoke-errors";

export const TURN_LOGGER = Symbol("turnLogger");

/**
 * The CloudAdapter, with authentication as its own step: the HTTP edge answers any authentication
 * failure (a bad signature, an expired token, a key set that cannot be fetched) 401 without the
 * SDK's error text, and runs the turn only for a request that passed.
 */
export class CheckedAdapter extends CloudAdapter {
  /** Resolves when the request's token is valid for this bot; rejects with why, for the log. */
  async authenticate(activity: Activity, authHeader: string) {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  run(
    authenticated: Awaited<ReturnType<CheckedAdapter["authenticate"]>>,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export function createAdapter(config: Config, logger: Logger): CheckedAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.appId,
    MicrosoftAppPassword: config.auth.appPassword,
    MicrosoftAppTenantId: config.auth.tenantId,
    MicrosoftAppType: config.auth.appType,
  });
  const adapter = new CheckedAdapter(auth);
  adapter.use(turnLogging(logger));
  adapter.use(tenantGuard(config, logger));
  adapter.onTurnError = async (context, error) => {
    const log = turnLogger(context, logger);
    const code = isDomainError(error) ? error.code : "UNEXPECTED";
    const storage = code === "STORAGE_UNAVAILABLE";
    if (storage) log.warn({ code, details: detailsOf(error) }, "turn failed: storage unavailable");
    else log.error({ err: error, code }, "turn failed");
    const en =
      config.locale === "en" ||
      (config.locale === "auto" && localeFrom(context.activity.locale) === "en");
    const text = storage
      ? en
        ? "Something went wrong with the storage, please try again in a while."
        : STORAGE_UNAVAILABLE_MESSAGE
      : en
        ? "Sorry, something went wrong on my side. Nothing you sent was lost: please try again in a minute, and tell your administrator if it keeps happening."
        : "Förlåt, något gick fel hos mig. Inget du skickat har gått förlorat: försök igen om en stund, och säg till din administratör om det fortsätter.";
    try {
      if (context.activity.type === "invoke") {
        await answerInvokeWithError(
          context,
          500,
          storage ? "StorageUnavailable" : "Internal",
          text,
        );
      } else {
        await context.sendActivity(text);
      }
    } catch (sendError) {
      log.error({ err: sendError }, "could not tell the user about the error");
    }
  };
  return adapter;
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(TURN_LOGGER) as Logger | undefined) ?? fallback;
}

function turnLogging(logger: Logger): Middleware {
  return {
    async onTurn(context, next) {
      const log = logger.child({
        turnId: randomUUID(),
        activityId: context.activity.id,
        type: context.activity.type,
        name: context.activity.name,
      });
      context.turnState.set(TURN_LOGGER, log);
      const started = Date.now();
      await next();
      log.debug({ ms: Date.now() - started }, "turn done");
    },
  };
}

/** Refuses tenants outside ALLOWED_TENANTS before any handler runs. */
function tenantGuard(config: Config, logger: Logger): Middleware {
  const allowed = new Set(config.allowedTenants.map((id) => id.toLowerCase()));
  return {
    async onTurn(context, next) {
      if (allowed.size === 0) return next();
      const tenant = tenantOf(context)?.toLowerCase();
      if (tenant && allowed.has(tenant)) return next();
      logger.warn({ tenant: tenant ?? "(none)", type: context.activity.type }, "tenant refused");
      const refusal =
        "Din organisation har inte tillgång till Uppföljningsboten. Kontakta den som förvaltar boten i din kommun eller region.";
      if (context.activity.type === "invoke") {
        await answerInvokeWithError(context, 403, "Forbidden", refusal);
      } else if (context.activity.type === "message") {
        await context.sendActivity(refusal);
      }
    },
  };
}

/** What the storage port said went wrong (table and cause), never the request or its data. */
function detailsOf(error: unknown): unknown {
  return isDomainError(error) ? error.details : undefined;
}
