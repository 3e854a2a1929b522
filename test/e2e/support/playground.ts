// Drives the Microsoft 365 Agents Playground (a local Teams client) as a person would, through its
// HTTP API, and reads everything the bot sends from its WebSocket stream. One current user at a
// time: to play another person, stop it and start it again as them (the bot's state is in storage).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";

export interface PlaygroundUser {
  id: string;
  name: string;
  upn: string;
  aadObjectId: string;
}

export interface StreamedMessage {
  action: "createMessage" | "updateMessage";
  conversationId: string;
  messageId: string;
  text: string;
  attachments: { contentType: string; content: Record<string, unknown>; name?: string }[];
}

export const BOT = { id: "28:uppfoljningsboten", name: "Uppföljningsboten" };
export const TENANT = "00000000-0000-0000-0000-0000000000a1";
export const TEAM = { id: "team-ledningsgrupp", name: "Ledningsgruppen Omsorg" };
export const CHANNEL = { id: "channel-uppfoljning", name: "Uppföljning" };

const root = path.resolve(__dirname, "..", "..", "..");

export function personalChatId(user: PlaygroundUser): string {
  return `personal-${user.id}`;
}

function configYaml(current: PlaygroundUser, others: PlaygroundUser[]): string {
  const fields = (u: PlaygroundUser) => [
    `id: ${u.id}`,
    `name: ${u.name}`,
    `userPrincipleName: ${u.upn}`,
    `aadObjectId: ${u.aadObjectId}`,
    `givenName: ${u.name.split(" ")[0]}`,
    `surname: ${u.name.split(" ").slice(1).join(" ") || "-"}`,
    `email: ${u.upn}`,
  ];
  const listItem = (u: PlaygroundUser) =>
    fields(u)
      .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
      .join("\n");
  return [
    `version: "0.1.1"`,
    `tenantId: ${TENANT}`,
    `bot:\n  id: "${BOT.id}"\n  name: ${BOT.name}`,
    `currentUser:\n${fields(current)
      .map((line) => `  ${line}`)
      .join("\n")}`,
    `users:\n${others.map(listItem).join("\n")}`,
    `personalChat:\n  id: ${personalChatId(current)}`,
    `groupChat:\n  id: group-chat-omsorg\n  name: Omsorg chefer`,
    `team:\n  id: ${TEAM.id}\n  name: ${TEAM.name}\n  aadGroupId: 00000000-0000-0000-0000-0000000000b1\n  channels:\n    - id: ${CHANNEL.id}\n      name: ${CHANNEL.name}`,
  ].join("\n");
}

export class Playground {
  readonly messages: StreamedMessage[] = [];
  private socket?: WebSocket;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly user: PlaygroundUser,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the Playground against the bot at `botUrl`, as `user`; the other five are `others`. */
  static async start(
    botUrl: string,
    user: PlaygroundUser,
    others: PlaygroundUser[],
    fixedPort?: number,
  ): Promise<Playground> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppf-playground-"));
    const config = path.join(dir, "config.yml");
    fs.writeFileSync(config, configYaml(user, others));
    // A fixed port keeps the bot's stored conversation references (their serviceUrl) valid when the
    // Playground is started again as someone else.
    const port = fixedPort ?? (await freePort());
    const child = spawn(
      path.join(root, "node_modules", ".bin", "agentsplayground"),
      ["-e", botUrl, "-c", "msteams", "-p", String(port), "--disable-telemetry"],
      {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          PATH: process.env.PATH ?? "",
          HOME: dir,
          TEAMSAPPTESTER_BROWSER: "none",
          APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
          M365_AGENTS_PLAYGROUND_CONFIG_PATH: config,
          M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, "playground.log"),
        },
      },
    );
    const playground = new Playground(child, port, user);
    try {
      await waitForPort(port, 20_000);
      await playground.waitForUser();
      await playground.connect();
    } catch (error) {
      await playground.stop(); // never leave a Playground running behind a failed start
      throw error;
    }
    return playground;
  }

  /** The Playground answers on its port a moment before it has read its configuration. */
  private async waitForUser(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const response = await fetch(`${this.url}/_internal/v1/testConfig`);
        const body = (await response.json()) as { config?: { currentUser?: { id?: string } } };
        if (body.config?.currentUser?.id === this.user.id) return;
      } catch {
        // not answering yet: try again below
      }
      if (Date.now() > deadline) throw new Error(`Playground did not start as ${this.user.id}`);
      await sleep(100);
    }
  }

  private async connect(): Promise<void> {
    const socket = new WebSocket(
      `ws://127.0.0.1:${this.port}/_ws_conversation/v1/conversations/stream`,
    );
    socket.on("message", (data) => {
      const event = JSON.parse(data.toString()) as {
        action: StreamedMessage["action"];
        actionConversationId: string;
        message?: {
          messageId?: string;
          id?: string;
          text?: string;
          attachments?: StreamedMessage["attachments"];
        };
      };
      if (event.action !== "createMessage" && event.action !== "updateMessage") return;
      this.messages.push({
        action: event.action,
        conversationId: event.actionConversationId,
        messageId: String(event.message?.messageId ?? event.message?.id ?? ""),
        text: event.message?.text ?? "",
        attachments: event.message?.attachments ?? [],
      });
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    this.socket = socket;
  }

  async stop(): Promise<void> {
    this.socket?.close();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGTERM");
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!done) {
        this.child.kill("SIGKILL");
        await exited;
      }
    }
    // The next Playground takes the same port: it must be free first.
    await waitForPortClosed(this.port, 10_000);
  }

  /** Waits for a message the bot sent that matches; fails with what did arrive. */
  async waitFor(
    predicate: (m: StreamedMessage) => boolean,
    what: string,
    timeoutMs = 20_000,
  ): Promise<StreamedMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.messages.map(
          (m) =>
            `${m.action} ${m.conversationId}: ${m.text.slice(0, 60)} ${m.attachments.map((a) => a.contentType).join(",")}`,
        );
        throw new Error(`Timed out waiting for ${what}. Seen:\n${seen.join("\n")}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async install(): Promise<void> {
    await this.post(`/_debug/conversation/${personalChatId(this.user)}/installation`, {});
  }

  async say(text: string): Promise<void> {
    await this.post(`/_conversation/v1/conversations/${personalChatId(this.user)}/messages`, {
      from: { id: this.user.id },
      text,
      textFormat: "plain",
    });
  }

  async sayInChannel(text: string): Promise<void> {
    await this.post(`/_conversation/v1/conversations/${CHANNEL.id}/messages`, {
      from: { id: this.user.id },
      text: `<at>${BOT.name}</at> ${text}`,
      textFormat: "plain",
      mentions: [{ mentioned: { id: BOT.id, name: BOT.name }, text: `<at>${BOT.name}</at>` }],
    });
  }

  /** A message with attachments (a file), through the Playground's custom activity API. */
  async sendWithAttachments(text: string, attachments: unknown[]): Promise<void> {
    const template = (await (
      await fetch(
        `${this.url}/_internal/v1/customActivities/template?conversationId=${personalChatId(this.user)}&type=install`,
      )
    ).json()) as Record<string, unknown>;
    const { action: _action, ...rest } = template;
    await this.post("/_internal/v1/customActivities", {
      ...rest,
      type: "message",
      text,
      attachments,
    });
  }

  /** Presses an Action.Execute button; returns the bot's invoke response. */
  async execute(
    replyToId: string,
    verb: string,
    data: unknown,
    conversationId = personalChatId(this.user),
  ): Promise<Record<string, unknown>> {
    const response = await this.post("/_conversation/v1/invoke", {
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb, data } },
      from: { id: this.user.id },
      conversation: { id: conversationId },
      replyToId,
    });
    return JSON.parse(response || "{}") as Record<string, unknown>;
  }

  private async post(route: string, body: unknown): Promise<string> {
    const send = () =>
      fetch(`${this.url}${route}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    // A busy machine sometimes resets a keep-alive connection: one more try, then fail.
    const response = await send().catch(async () => {
      await sleep(500);
      return send();
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Playground ${route} answered ${response.status}: ${text}`);
    return text;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function portOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitForPortClosed(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await portOpen(port)) {
    if (Date.now() > deadline) throw new Error(`port ${port} stayed open`);
    await sleep(100);
  }
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`Playground did not open port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first Adaptive Card of a streamed message. */
export function cardOf(message: StreamedMessage): Record<string, unknown> | undefined {
  return message.attachments.find(
    (a) => a.contentType === "application/vnd.microsoft.card.adaptive",
  )?.content;
}
