// The Bot Framework CloudAdapter with the product's authentication settings, turn middleware and the
// one turn-level error handler: it logs the error with its code and tells the user, in Swedish, that
// something went wrong and what to do (storage that did not answer is named as such). Never a stack
// trace to the user. An invoke (a card button) is answered with an error body Teams shows on the card.
import { randomUUID } from "node:crypto";
import {
  CallerIdConstants,
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

/** Who issues the tokens Teams (through the Bot Connector) sends with each request. */
const CHANNEL_TOKEN_ISSUER = "https://api.botframework.com";

/**
 * The CloudAdapter, with authentication as its own step: the HTTP edge answers any authentication
 * failure (a bad signature, an expired token, a key set that cannot be fetched) 401 without the
 * SDK's error text, and runs the turn only for a request that passed.
 */
export class CheckedAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    private readonly authRequired: boolean,
  ) {
    super(auth);
  }

  /** Resolves when the request's token is valid for this bot; rejects with why, for the log. */
  async authenticate(activity: Activity, authHeader: string) {
    const result = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    // Teams' requests carry Bot Framework channel tokens only. botbuilder also takes Emulator and
    // skill tokens, and for those it trusts any tenant the token itself names (its `tid` is added
    // to the accepted issuers), with no audience check: a token of another tenant, or one this
    // bot was given for another service, would pass. So the issuer must be the channel service.
    const issuer: unknown = result.claimsIdentity.getClaimValue("iss");
    if (this.authRequired && issuer !== CHANNEL_TOKEN_ISSUER) {
      throw new Error(`Not a Bot Framework channel token (issuer ${String(issuer).slice(0, 80)}).`);
    }
    return result;
  }

  run(
    authenticated: Awaited<ReturnType<CheckedAdapter["authenticate"]>>,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export interface AdapterOptions {
  /**
   * Tests only (never configuration): the OpenID metadata that names the key set incoming tokens
   * are checked against, so a test can sign tokens with a key of its own on a loopback address.
   * Every other setting stays the public cloud's (issuer, audience, endorsements, service URL).
   */
  openIdMetadataUrl?: string;
}

export function createAdapter(
  config: Config,
  logger: Logger,
  options: AdapterOptions = {},
): CheckedAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.appId,
    MicrosoftAppPassword: config.auth.appPassword,
    MicrosoftAppTenantId: config.auth.tenantId,
    MicrosoftAppType: config.auth.appType,
    ...(options.openIdMetadataUrl ? publicCloudWithKeysAt(options.openIdMetadataUrl) : {}),
  });
  const adapter = new CheckedAdapter(auth, config.auth.appId !== "");
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

/**
 * botbuilder takes its own endpoints only when all are given (BotFrameworkAuthenticationFactory):
 * the public cloud's, with the key set's metadata (channel and emulator tokens) moved.
 */
function publicCloudWithKeysAt(openIdMetadataUrl: string) {
  // botframework-connector's AuthenticationConstants, which botbuilder does not export.
  return {
    ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
    ToChannelFromBotOAuthScope: "https://api.botframework.com",
    ToBotFromChannelTokenIssuer: CHANNEL_TOKEN_ISSUER,
    OAuthUrl: "https://api.botframework.com",
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
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
