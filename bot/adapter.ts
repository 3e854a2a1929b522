// The Bot Framework CloudAdapter with the product's authentication settings, turn middleware and the
// one turn-level error handler: it logs the error with its code and tells the user, in Swedish, that
// something went wrong and what to do. Never a stack trace to the user.
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
import type { Logger } from "../services/logging/logger";
import { localeFrom } from "../services/i18n/locale";
import { tenantOf } from "./identity";

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
    log.error({ err: error, code }, "turn failed");
    if (context.activity.type === "invoke") return; // the HTTP response already says 500
    const en =
      config.locale === "en" ||
      (config.locale === "auto" && localeFrom(context.activity.locale) === "en");
    try {
      await context.sendActivity(
        en
          ? "Sorry, something went wrong on my side. Nothing you sent was lost: please try again in a minute, and tell your administrator if it keeps happening."
          : "Förlåt, något gick fel hos mig. Inget du skickat har gått förlorat: försök igen om en stund, och säg till din administratör om det fortsätter.",
      );
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
      if (context.activity.type === "invoke") {
        await context.sendActivity({ type: "invokeResponse", value: { status: 403, body: {} } });
      } else if (context.activity.type === "message") {
        await context.sendActivity(
          "Din organisation har inte tillgång till Uppföljningsboten. Kontakta den som förvaltar boten i din kommun eller region.",
        );
      }
    },
  };
}
