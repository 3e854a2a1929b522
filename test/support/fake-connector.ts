// A stand-in for the Bot Connector service (Teams' side of serviceUrl) on 127.0.0.1. It records what
// the bot sends, keeps a roster, enforces Teams' rate limits when asked, and can be told to fail the
// way Teams does (429 with Retry-After, 403, 404, 5xx) or to be slow.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";

export interface Member {
  id: string;
  aadObjectId: string;
  name: string;
  userPrincipalName?: string;
  email?: string;
  tenantId?: string;
}

export interface RecordedCall {
  method: string;
  path: string;
  kind: "send" | "reply" | "update" | "delete" | "createConversation" | "members" | "other";
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
  status: number;
  at: number;
}

export interface InjectedFailure {
  status: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  /** Only calls this returns true for; default: every activity send, reply or update. */
  match?: (call: Pick<RecordedCall, "kind" | "conversationId" | "body">) => boolean;
}

export interface Limits {
  perConversationPerSecond: number;
  perAppPerSecond: number;
}

export class FakeConnector {
  readonly calls: RecordedCall[] = [];
  readonly roster = new Map<string, Member>();
  /** Team id → its channels. */
  readonly teams = new Map<string, { id: string; name: string }[]>();
  throttled = 0;
  /** Files served at /files/<name>, as Teams serves a file a person sent the bot. */
  private readonly files = new Map<string, Buffer>();
  /** Files the bot uploaded to /upload/<name>, as to a person's OneDrive after a file consent. */
  readonly uploads = new Map<string, Buffer>();
  private failures: { failure: InjectedFailure; remaining: number }[] = [];
  private delayMs = 0;
  private limits: Limits | undefined;
  private readonly windows = new Map<string, number[]>();
  private server!: http.Server;
  url = "";

  static async start(options: { limits?: Limits } = {}): Promise<FakeConnector> {
    const connector = new FakeConnector();
    connector.limits = options.limits;
    await connector.listen();
    return connector;
  }

  /** Activities the bot sent, replied or updated, in order (failed attempts excluded). */
  get delivered(): RecordedCall[] {
    return this.calls.filter((c) => ["send", "reply", "update"].includes(c.kind) && c.status < 300);
  }

  deliveredTo(conversationId: string): RecordedCall[] {
    return this.delivered.filter((c) => c.conversationId === conversationId);
  }

  /** Serves `content` and returns its download URL. */
  serveFile(name: string, content: Buffer): string {
    this.files.set(name, content);
    return `${this.url}files/${encodeURIComponent(name)}`;
  }

  addMember(member: Member): void {
    this.roster.set(member.id, member);
  }

  failNext(count: number, failure: InjectedFailure): void {
    this.failures.push({ failure, remaining: count });
  }

  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  setLimits(limits: Limits | undefined): void {
    this.limits = limits;
  }

  clear(): void {
    this.calls.length = 0;
    this.throttled = 0;
  }

  /** Resolves when `predicate` holds over the calls so far; fails after `timeoutMs`. */
  async waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline)
        throw new Error(`FakeConnector.waitFor timed out after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private listen(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    return new Promise((resolve) => {
      this.server.listen(0, "127.0.0.1", () => {
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
        resolve();
      });
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/upload/") && req.method === "PUT") {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      this.uploads.set(
        decodeURIComponent(url.pathname.slice("/upload/".length)),
        Buffer.concat(chunks),
      );
      this.calls.push({
        method: "PUT",
        path: url.pathname,
        kind: "other",
        body: {},
        status: 201,
        at: Date.now(),
      });
      respond(res, 201, {});
      return;
    }
    if (url.pathname.startsWith("/files/")) {
      const file = this.files.get(decodeURIComponent(url.pathname.slice("/files/".length)));
      this.calls.push({
        method: req.method ?? "GET",
        path: url.pathname,
        kind: "other",
        body: {},
        status: file ? 200 : 404,
        at: Date.now(),
      });
      res.statusCode = file ? 200 : 404;
      res.end(file ?? "");
      return;
    }
    const body = await readJson(req);
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const call: RecordedCall = {
      method: req.method ?? "GET",
      path: url.pathname,
      kind: "other",
      body,
      status: 200,
      at: Date.now(),
    };
    // /v3/conversations[/{id}[/activities[/{activityId}]|/members[/{userId}]|/pagedmembers]]
    if (parts[0] === "v3" && parts[1] === "conversations") {
      call.conversationId = parts[2];
      call.activityId = parts[4];
      if (parts.length === 2 && call.method === "POST") call.kind = "createConversation";
      else if (parts[3] === "activities" && call.method === "POST")
        call.kind = parts[4] ? "reply" : "send";
      else if (parts[3] === "activities" && call.method === "PUT") call.kind = "update";
      else if (parts[3] === "activities" && call.method === "DELETE") call.kind = "delete";
      else if (parts[3] === "members" || parts[3] === "pagedmembers") call.kind = "members";
    }
    this.calls.push(call);

    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const injected = this.takeFailure(call);
    if (injected) {
      if (injected.delayMs) await new Promise((resolve) => setTimeout(resolve, injected.delayMs));
      call.status = injected.status;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (injected.retryAfterSeconds !== undefined)
        headers["retry-after"] = String(injected.retryAfterSeconds);
      respond(
        res,
        injected.status,
        { error: { code: "Injected", message: "injected failure" } },
        headers,
      );
      return;
    }
    if (this.overLimit(call)) {
      this.throttled += 1;
      call.status = 429;
      respond(
        res,
        429,
        { error: { code: "TooManyRequests", message: "throttled" } },
        { "retry-after": "1" },
      );
      return;
    }
    const answer = this.answer(call, parts, url);
    call.status = answer.status;
    respond(res, answer.status, answer.body);
  }

  private answer(call: RecordedCall, parts: string[], url: URL): { status: number; body: unknown } {
    switch (call.kind) {
      case "send":
      case "reply":
      case "update":
        return {
          status: 200,
          body: { id: call.activityId && call.kind === "update" ? call.activityId : newId("act") },
        };
      case "delete":
        return { status: 200, body: {} };
      case "createConversation": {
        const members = (call.body.members as { id: string }[] | undefined) ?? [];
        const id = members.length === 1 ? `a:personal-${members[0]?.id}` : newId("conv");
        call.conversationId = id;
        return { status: 201, body: { id, activityId: newId("act") } };
      }
      case "members": {
        const userId = parts[4];
        if (userId) {
          const member = this.roster.get(userId);
          return member
            ? { status: 200, body: member }
            : { status: 404, body: { error: { code: "MemberNotFound" } } };
        }
        const all = [...this.roster.values()];
        if (parts[3] === "members") return { status: 200, body: all };
        const pageSize = Number(url.searchParams.get("pageSize") ?? 100);
        const start = Number(url.searchParams.get("continuationToken") ?? 0);
        const page = all.slice(start, start + pageSize);
        const next = start + pageSize < all.length ? String(start + pageSize) : undefined;
        return { status: 200, body: { members: page, continuationToken: next } };
      }
      default:
        if (parts[0] === "v3" && parts[1] === "teams" && parts[3] === "conversations") {
          return { status: 200, body: { conversations: this.teams.get(parts[2] ?? "") ?? [] } };
        }
        return { status: 404, body: { error: { code: "NotFound", message: call.path } } };
    }
  }

  private takeFailure(call: RecordedCall): InjectedFailure | undefined {
    const isActivity = ["send", "reply", "update"].includes(call.kind);
    const entry = this.failures.find(({ failure }) =>
      failure.match ? failure.match(call) : isActivity,
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.failures.splice(this.failures.indexOf(entry), 1);
    return entry.failure;
  }

  private overLimit(call: RecordedCall): boolean {
    if (!this.limits || !["send", "reply", "update", "createConversation"].includes(call.kind))
      return false;
    const now = call.at;
    const app = this.window("app", now);
    const conversation = this.window(`c:${call.conversationId ?? ""}`, now);
    const conversationLimited =
      call.kind !== "createConversation" &&
      conversation.length >= this.limits.perConversationPerSecond;
    if (app.length >= this.limits.perAppPerSecond || conversationLimited) return true;
    app.push(now);
    if (call.kind !== "createConversation") conversation.push(now);
    return false;
  }

  private window(key: string, now: number): number[] {
    const kept = (this.windows.get(key) ?? []).filter((t) => now - t < 1000);
    this.windows.set(key, kept);
    return kept;
  }
}

// restify (loaded by the bot in the same process) patches ServerResponse so that writeHead no longer
// returns the response: write and end in separate calls.
function respond(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

function newId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString("hex")}`;
}

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
      } catch {
        resolve({ unparsed: text });
      }
    });
  });
}
