// A stand-in for Microsoft Graph on 127.0.0.1, for installing the Teams app for a user:
// POST /v1.0/users/{id}/teamwork/installedApps answers as Graph documents it: 201 with no body,
// or an error body { error: { code, message, innerError } }. Each user is told how to answer; an
// unknown user is 404. It records every call (with the bearer token) for the assertions.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";

export type UserBehaviour =
  | "installs" // 201, then 409 on a second try
  | "alreadyInstalled" // 409
  | "unlicensed" // 403 without a permission problem
  | "consentMissing" // 403: the token has no TeamsAppInstallation role
  | "throttledOnce"; // 429 with Retry-After (retryAfterSeconds), then 201

export interface GraphCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
  status: number;
}

const ERRORS: Record<number, { code: string; message: string }> = {
  403: {
    code: "Forbidden",
    message: "User does not have a valid Teams license or is not allowed to use this app.",
  },
  404: {
    code: "NotFound",
    message: "Resource not found: the user does not exist in the tenant.",
  },
  409: { code: "Conflict", message: "The app is already installed for this user." },
  429: { code: "TooManyRequests", message: "Too many requests, retry after some time." },
};

const CONSENT = {
  code: "Forbidden",
  message:
    "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'. Roles on the request ''.",
};

export class FakeGraph {
  readonly calls: GraphCall[] = [];
  readonly users = new Map<string, UserBehaviour>();
  private readonly installed = new Set<string>();
  private readonly throttled = new Set<string>();
  /** What a throttled answer's Retry-After says, in seconds. */
  retryAfterSeconds = 0;
  private server!: http.Server;
  url = "";

  static async start(): Promise<FakeGraph> {
    const graph = new FakeGraph();
    graph.server = http.createServer((req, res) => graph.handle(req, res));
    await new Promise<void>((resolve) => graph.server.listen(0, "127.0.0.1", resolve));
    graph.url = `http://127.0.0.1:${(graph.server.address() as AddressInfo).port}/v1.0`;
    return graph;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    req.on("end", () => {
      const path = req.url ?? "";
      const body: unknown = text ? JSON.parse(text) : undefined;
      const match = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(path);
      const { status, error, retryAfter } =
        req.method === "POST" && match?.[1]
          ? this.install(decodeURIComponent(match[1]).toLowerCase())
          : { status: 400, error: { code: "BadRequest", message: "Unsupported request" } };
      this.calls.push({
        method: req.method ?? "",
        path,
        authorization: req.headers.authorization,
        body,
        status,
      });
      const headers: Record<string, string> = { "request-id": randomUUID() };
      if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
      // Not chained: restify, loaded by the bot in the same process, makes writeHead return nothing.
      if (!error) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      const innerError = { date: new Date().toISOString(), "request-id": headers["request-id"] };
      res.writeHead(status, { ...headers, "content-type": "application/json" });
      res.end(JSON.stringify({ error: { ...error, innerError } }));
    });
  }

  private install(user: string): {
    status: number;
    error?: { code: string; message: string };
    retryAfter?: number;
  } {
    const behaviour = this.users.get(user);
    if (behaviour === undefined) return { status: 404, error: ERRORS[404] };
    if (behaviour === "consentMissing") return { status: 403, error: CONSENT };
    if (behaviour === "unlicensed") return { status: 403, error: ERRORS[403] };
    if (behaviour === "throttledOnce" && !this.throttled.has(user)) {
      this.throttled.add(user);
      return { status: 429, error: ERRORS[429], retryAfter: this.retryAfterSeconds };
    }
    if (behaviour === "alreadyInstalled" || this.installed.has(user)) {
      return { status: 409, error: ERRORS[409] };
    }
    this.installed.add(user);
    return { status: 201 };
  }
}
