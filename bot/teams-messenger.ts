// The Messenger port on Teams: proactive messages through a CloudAdapter of its own (no turn
// middleware, no turn error handler, so every failure comes back to the caller as a DeliveryError),
// over an HTTP client that never retries and takes a slot from the rate limiter (app-wide and per
// chat) for every message just before sending it (teams-http-client.ts); a 429 pauses the limiter
// for Retry-After.
// Together: one HTTP request per call, never more than the limits, and no retry the outbox does
// not know about — so no row is ever sent twice by a retry.
import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";
import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TeamsInfo,
  TurnContext,
  type Activity,
  type ConversationParameters,
  type ConversationReference as TeamsReference,
} from "botbuilder";
import type { Config } from "../services/config/config";
import type { Logger } from "../services/logging/logger";
import {
  DeliveryError,
  kindOfStatus,
  parseRetryAfter,
  RateLimiter,
  type ConversationReference,
  type Messenger,
  type OpenedChat,
  type OutgoingMessage,
  type RateLimits,
  type RosterMember,
  type RosterPage,
  type SendOptions,
  type SentMessage,
  type TeamChannel,
} from "../services/messaging";
import { connectorHttpClient, ConnectorHttpError } from "./teams-http-client";

export interface TeamsMessengerOptions {
  config: Config;
  logger: Logger;
  limits: RateLimits;
  /** Longest wait for one request to Teams. */
  timeoutMs?: number;
}

const ROSTER_PAGE_SIZE = 200;
/** Passing no audience lets the connector factory use its cloud's default scope. */
const DEFAULT_AUDIENCE = undefined as unknown as string;

export class TeamsMessenger implements Messenger {
  readonly limiter: RateLimiter;
  private readonly adapter: CloudAdapter;
  private readonly appId: string;
  private readonly log: Logger;
  /** How long the call in progress may wait for the limiter (read by the HTTP client). */
  private readonly waiting = new AsyncLocalStorage<{ until?: number }>();

  constructor(options: TeamsMessengerOptions) {
    const { auth } = options.config;
    this.appId = auth.appId;
    this.log = options.logger.child({ module: "teams-messenger" });
    this.limiter = new RateLimiter(options.limits);
    this.adapter = new CloudAdapter(
      new ConfigurationBotFrameworkAuthentication(
        {
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.appPassword,
          MicrosoftAppTenantId: auth.tenantId,
          MicrosoftAppType: auth.appType,
        },
        undefined,
        undefined,
        undefined,
        {
          httpClient: connectorHttpClient({
            timeoutMs: options.timeoutMs ?? 30_000,
            limiter: this.limiter,
            waitUntil: () => this.waiting.getStore()?.until,
          }),
        },
      ),
    );
  }

  sendToPerson(
    to: ConversationReference,
    message: OutgoingMessage,
    options?: SendOptions,
  ): Promise<SentMessage> {
    return this.send(to, refreshedFor(to, message), options);
  }

  sendToChannel(
    to: ConversationReference,
    message: OutgoingMessage,
    options?: SendOptions,
  ): Promise<SentMessage> {
    return this.send(to, message, options);
  }

  async updateMessage(
    conversation: ConversationReference,
    activityId: string,
    message: OutgoingMessage,
    options?: SendOptions,
  ): Promise<void> {
    const reference = proactive(conversation);
    await this.call(options, () =>
      this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        await context.updateActivity({ ...activityOf(message), id: activityId });
      }),
    );
  }

  async openPersonalChat(
    via: ConversationReference,
    member: RosterMember,
    options?: SendOptions,
  ): Promise<OpenedChat> {
    const channel = proactive(via);
    const tenantId = member.tenantId ?? channel.conversation.tenantId;
    const parameters = {
      isGroup: false,
      bot: channel.bot,
      members: [{ id: member.id, name: member.name }],
      tenantId,
      channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
    } as ConversationParameters;
    let opened: OpenedChat | undefined;
    await this.call(options, () =>
      this.adapter.createConversationAsync(
        this.appId,
        channel.channelId ?? "msteams",
        channel.serviceUrl,
        DEFAULT_AUDIENCE,
        parameters,
        async (context) => {
          const reference = TurnContext.getConversationReference(context.activity);
          opened = {
            reference: JSON.parse(JSON.stringify(reference)) as ConversationReference,
            conversationId: context.activity.conversation.id,
          };
        },
      ),
    );
    if (!opened) throw new DeliveryError("failed", 0, "Teams opened no chat.");
    return opened;
  }

  async rosterPage(team: TeamChannel, continuation?: string): Promise<RosterPage> {
    const channel = proactive(team.reference);
    const teamId = team.teamId;
    let page: RosterPage = { members: [] };
    await this.call(undefined, () =>
      this.adapter.continueConversationAsync(this.appId, channel, async (context) => {
        const result =
          typeof teamId === "string"
            ? await TeamsInfo.getPagedTeamMembers(context, teamId, ROSTER_PAGE_SIZE, continuation)
            : await TeamsInfo.getPagedMembers(context, ROSTER_PAGE_SIZE, continuation);
        page = {
          members: result.members.map((member) => ({
            id: member.id,
            name: member.name,
            ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}),
            ...(member.userPrincipalName ? { upn: member.userPrincipalName.toLowerCase() } : {}),
            ...(member.email ? { email: member.email.toLowerCase() } : {}),
            ...(member.tenantId ? { tenantId: member.tenantId } : {}),
          })),
          ...(result.continuationToken ? { continuation: result.continuationToken } : {}),
        };
      }),
    );
    return page;
  }

  private async send(
    to: ConversationReference,
    message: OutgoingMessage,
    options?: SendOptions,
  ): Promise<SentMessage> {
    const reference = proactive(to);
    let sent: SentMessage | undefined;
    await this.call(options, () =>
      this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        // The continuation activity has a made-up id, which would make this a reply to it; without
        // one it is a new message in the conversation (POST …/activities).
        delete (context.activity as { id?: string }).id;
        const response = await context.sendActivity(activityOf(message));
        sent = { activityId: response?.id ?? "", conversationId: context.activity.conversation.id };
      }),
    );
    if (!sent) throw new DeliveryError("failed", 0, "Teams gave no answer to the message.");
    return sent;
  }

  private async call(
    options: SendOptions | undefined,
    request: () => Promise<void>,
  ): Promise<void> {
    const maxWaitMs = options?.maxWaitMs;
    const until = maxWaitMs === undefined ? undefined : performance.now() + maxWaitMs;
    try {
      await this.waiting.run({ until }, request);
    } catch (error) {
      throw this.deliveryError(error);
    }
  }

  private deliveryError(error: unknown): DeliveryError {
    if (error instanceof DeliveryError) return error;
    if (error instanceof ConnectorHttpError) {
      const kind = kindOfStatus(error.status);
      const retryAfterMs = parseRetryAfter(error.retryAfter, Date.now());
      if (kind === "throttled") {
        // Nothing more goes to Teams before Retry-After has passed, from any sender here.
        this.limiter.pause(retryAfterMs ?? 1_000);
        this.log.warn({ retryAfterMs }, "throttled by Teams: pausing");
      }
      return new DeliveryError(kind, error.status, error.message, retryAfterMs);
    }
    // Token service, DNS, a bug: worth a later try, which the outbox counts and gives up on.
    const message = error instanceof Error ? error.message : String(error);
    return new DeliveryError("transient", 0, message);
  }
}

/** A stored reference as the adapter wants it, without the id of the message it was taken from. */
function proactive(reference: ConversationReference): TeamsReference & {
  conversation: { id: string; tenantId?: string };
  serviceUrl: string;
} {
  const { activityId: _activityId, ...rest } = reference as Partial<TeamsReference>;
  const conversation = rest.conversation as { id?: unknown; tenantId?: string } | undefined;
  if (typeof conversation?.id !== "string" || typeof rest.serviceUrl !== "string") {
    throw new DeliveryError("failed", 0, "The stored conversation reference is not usable.");
  }
  return rest as TeamsReference & { conversation: { id: string }; serviceUrl: string };
}

/**
 * A card that refreshes itself (Universal Actions) does so for the people in its `userIds`: in a
 * 1:1 chat that is its recipient, whose Teams id only the stored reference knows.
 */
function refreshedFor(to: ConversationReference, message: OutgoingMessage): OutgoingMessage {
  const refresh = message.card?.refresh as { userIds?: unknown } | undefined;
  const userId = (to as Partial<TeamsReference>).user?.id;
  if (!refresh || !Array.isArray(refresh.userIds) || refresh.userIds.length > 0 || !userId) {
    return message;
  }
  return { ...message, card: { ...message.card, refresh: { ...refresh, userIds: [userId] } } };
}

function activityOf(message: OutgoingMessage): Partial<Activity> {
  if (!message.card) return MessageFactory.text(message.text ?? "");
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
  if (message.text) activity.summary = message.text;
  return activity;
}
