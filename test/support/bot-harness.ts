// Starts the real bot (the same createApp that `npm start` uses) on a free loopback port, with its
// tables on the run's Azurite and Teams played by a FakeConnector. Tests send activities to its HTTP
// endpoint as Teams would and read what the fake recorded.
import { createApp, type App, type AppOptions } from "../../bot/app";
import { loadConfig } from "../../services/config/config";
import { silentLogger } from "../../services/logging/logger";
import { createTableStore } from "../../services/storage/tables";
import { FakeConnector, type Member } from "./fake-connector";
import { testConnectionString, uniquePrefix } from "./storage";

export const TENANT = "11111111-1111-1111-1111-111111111111";
export const BOT = { id: "28:bot-uppfoljning", name: "Uppföljningsboten" };

export interface TestUser extends Member {
  conversationId: string;
}

export function testUser(n: number, name: string, upn: string): TestUser {
  const id = `29:user-${n}`;
  return {
    id,
    aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, "0")}`,
    name,
    userPrincipalName: upn,
    email: upn,
    tenantId: TENANT,
    conversationId: `a:personal-${id}`,
  };
}

export interface BotHarness {
  app: App;
  url: string;
  connector: FakeConnector;
  /** POSTs an activity to /api/messages; returns the HTTP status and parsed body. */
  post(
    activity: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
  /** Sends a 1:1 message and returns the activities the bot answered with (expectReplies). */
  say(user: TestUser, text: string, extra?: Record<string, unknown>): Promise<Activity[]>;
  close(): Promise<void>;
}

export interface Activity {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
  value?: unknown;
  [key: string]: unknown;
}

export interface BotOptions {
  env?: Record<string, string>;
  now?: () => Date;
  users?: TestUser[];
  /** Reminder tests: who has submitted, and shorter claims and leases. */
  reportLedger?: AppOptions["reportLedger"];
  reminders?: AppOptions["reminders"];
  /** Graph tests: the bot's Graph token (with GRAPH_API_URL and TEAMS_APP_CATALOG_ID in env). */
  graphTokens?: AppOptions["graphTokens"];
  /** Tests that read the log (the edge's warn lines); silent otherwise. */
  logger?: AppOptions["logger"];
  /** Token tests: a loopback OpenID metadata document naming the key set (test/support/fake-openid.ts). */
  openIdMetadataUrl?: string;
  /** How turns share reads of the version row (default: as the bot, 250 ms on the system clock). */
  versionReads?: AppOptions["versionReads"];
}

export async function startBot(options: BotOptions = {}): Promise<BotHarness> {
  const connector = await FakeConnector.start();
  for (const user of options.users ?? []) connector.addMember(user);
  const config = loadConfig({
    PORT: "0",
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: uniquePrefix(),
    // Nothing listens on the discard port: Kolada is unreachable unless a test starts its fake.
    KOLADA_API_URL: "http://127.0.0.1:9/v3",
    // No daily Kolada reading in the background unless a test asks for it.
    KOLADA_REFRESH_HOURS: "0",
    ...options.env,
  });
  const store = createTableStore({
    connectionString: config.storage.connectionString ?? testConnectionString(),
    prefix: config.storage.tablePrefix,
    timeoutMs: config.storage.timeoutMs,
  });
  const app = createApp({
    config,
    logger: options.logger ?? silentLogger,
    store,
    now: options.now,
    reportLedger: options.reportLedger,
    reminders: options.reminders,
    graphTokens: options.graphTokens,
    openIdMetadataUrl: options.openIdMetadataUrl,
    versionReads: options.versionReads,
  });
  const port = await app.listen("127.0.0.1");
  const url = `http://127.0.0.1:${port}/api/messages`;

  const post: BotHarness["post"] = async (activity, headers = {}) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text; // not JSON: keep the text for the assertion message
    }
    return { status: response.status, body };
  };

  return {
    app,
    url,
    connector,
    post,
    async say(user, text, extra = {}) {
      const { status, body } = await post({
        ...personalActivity(user, connector.url),
        type: "message",
        text,
        deliveryMode: "expectReplies",
        ...extra,
      });
      if (status !== 200) throw new Error(`bot answered ${status}: ${JSON.stringify(body)}`);
      return ((body as { activities?: Activity[] } | undefined)?.activities ?? []) as Activity[];
    },
    async close() {
      await app.close();
      await connector.stop();
    },
  };
}

/** The envelope of an activity in a user's 1:1 chat with the bot, as Teams sends it. */
export function personalActivity(user: TestUser, serviceUrl: string): Record<string, unknown> {
  return {
    id: `msg-${Math.random().toString(16).slice(2)}`,
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: "sv-SE",
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { id: user.conversationId, conversationType: "personal", tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

/** The first Adaptive Card among the activities, or undefined. */
export function firstCard(activities: Activity[]): Record<string, unknown> | undefined {
  for (const activity of activities) {
    const card = activity.attachments?.find(
      (a) => a.contentType === "application/vnd.microsoft.card.adaptive",
    );
    if (card) return card.content;
  }
  return undefined;
}

/** Every text in a card, flattened: for assertions on what a person reads. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (
          typeof value === "string" &&
          ["text", "title", "value", "label", "placeholder"].includes(key)
        )
          texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return texts.join("\n");
}

export const TEAM = { id: "19:team-ledning@thread.tacv2", name: "Ledningsgruppen" };
export const CHANNEL = { id: "19:channel-uppfoljning@thread.tacv2", name: "Uppföljning" };

/** A message in a team channel that @mentions the bot, as Teams sends it. */
export function channelActivity(
  user: TestUser,
  serviceUrl: string,
  text: string,
): Record<string, unknown> {
  return {
    ...personalActivity(user, serviceUrl),
    type: "message",
    text: `<at>${BOT.name}</at> ${text}`,
    conversation: {
      id: `${CHANNEL.id};messageid=1700000000000`,
      conversationType: "channel",
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: { tenant: { id: TENANT }, team: TEAM, channel: CHANNEL },
    entities: [
      { type: "mention", mentioned: { id: BOT.id, name: BOT.name }, text: `<at>${BOT.name}</at>` },
    ],
  };
}
