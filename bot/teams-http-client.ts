// The HTTP client under the Bot Framework connector used for proactive messages. It makes exactly
// one request per call and turns any answer that is not 2xx into a ConnectorHttpError. That error
// is not the SDK's RestError, so the connector's retry policy (which would repeat 429 and 5xx up to
// three times on its own) lets it through at once: the outbox decides about every retry, counts
// it, and keeps it inside the rate limit. Every message (send, update) and every new chat takes a
// slot from the rate limiter right here, just before it goes on the wire (Teams counts it as it
// arrives: rate-limiter.ts), says when it has gone on the wire (the limiter counts it from then), and
// when the answer has come, which frees its place in flight.
// Also bounds every request with a timeout.
import type { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import http, { type IncomingHttpHeaders } from "node:http";
import https from "node:https";
import { performance } from "node:perf_hooks";
import type { RateLimiter } from "../services/messaging";

type ConnectorClientOptions = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]
>;
export type ConnectorHttpClient = NonNullable<ConnectorClientOptions["httpClient"]>;
type WebResource = Parameters<ConnectorHttpClient["sendRequest"]>[0];
type CompatResponse = Awaited<ReturnType<ConnectorHttpClient["sendRequest"]>>;
type HeadersLike = CompatResponse["headers"];

export class ConnectorHttpError extends Error {
  constructor(
    /** 0 when no answer came (network error, timeout). */
    readonly status: number,
    readonly retryAfter: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ConnectorHttpError";
  }
}

export interface ConnectorHttpOptions {
  timeoutMs: number;
  limiter: RateLimiter;
  /** Until when (performance.now()) the current call may wait for the limiter, if it says. */
  waitUntil: () => number | undefined;
}

/** What a request to the connector counts against: a chat's limit, the app's only, or nothing. */
export function rateKeyOf(method: string, url: string): { conversation?: string } | undefined {
  const parts = new URL(url).pathname.split("/").filter(Boolean);
  const at = parts.indexOf("conversations");
  if (at < 0 || parts[at - 1] !== "v3") return undefined;
  const conversation = parts[at + 1];
  if (conversation === undefined) return method === "POST" ? {} : undefined;
  const isActivity = parts[at + 2] === "activities" && (method === "POST" || method === "PUT");
  return isActivity ? { conversation: decodeURIComponent(conversation) } : undefined;
}

export function connectorHttpClient(options: ConnectorHttpOptions): ConnectorHttpClient {
  const { timeoutMs, limiter } = options;
  return {
    async sendRequest(request: WebResource): Promise<CompatResponse> {
      const method = request.method.toUpperCase();
      const rateKey = rateKeyOf(method, request.url);
      const until = options.waitUntil();
      const release = rateKey
        ? await limiter.acquire(
            rateKey.conversation,
            until === undefined ? undefined : until - performance.now(),
          )
        : undefined;
      try {
        return await send(request, method, timeoutMs, () => release?.sent());
      } finally {
        release?.();
      }
    },
  };
}

/**
 * One request over node:http(s), not fetch: the limiter has to know when a request has gone on the
 * wire (`finish`: the headers and body are handed to the socket, after it connected), which fetch
 * does not say. Measured under load, fetch held a started request back for up to 330 ms and then
 * wrote several at once (docs/reminders.md).
 */
function send(
  request: WebResource,
  method: string,
  timeoutMs: number,
  onWritten: () => void,
): Promise<CompatResponse> {
  const url = new URL(request.url);
  const body =
    method === "GET" || method === "HEAD" || request.body === undefined
      ? undefined
      : typeof request.body === "string"
        ? request.body
        : JSON.stringify(request.body);
  const headers: Record<string, string> = request.headers.toJson({ preserveCase: true });
  // Answers come as they are: nothing here would undo a compression.
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === "accept-encoding") delete headers[name];
  }
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const where = `${method} ${url.pathname}`;
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const noAnswer = (error: unknown) => {
      const reason = error instanceof Error ? (error.cause ?? error).toString() : String(error);
      reject(new ConnectorHttpError(0, undefined, `${where}: no answer (${reason})`));
    };
    const outgoing = transport.request(
      url,
      { method, headers, signal: AbortSignal.timeout(timeoutMs) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", noAnswer);
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          if (status < 200 || status > 299) {
            reject(
              new ConnectorHttpError(
                status,
                headerOf(response.headers["retry-after"]),
                `${where}: ${status}`,
              ),
            );
            return;
          }
          const bodyAsText = Buffer.concat(chunks).toString("utf8");
          resolve({
            request,
            status,
            headers: headersLike(incomingHeaders(response.headers)),
            bodyAsText,
          });
        });
      },
    );
    outgoing.on("finish", onWritten);
    outgoing.on("error", noAnswer);
    outgoing.end(body);
  });
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function incomingHeaders(
  source: IncomingHttpHeaders,
): Map<string, { name: string; value: string }> {
  const map = new Map<string, { name: string; value: string }>();
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined) continue;
    map.set(name, { name, value: Array.isArray(value) ? value.join(", ") : value });
  }
  return map;
}

function headersLike(source: Map<string, { name: string; value: string }>): HeadersLike {
  const map = new Map<string, { name: string; value: string }>();
  for (const [key, header] of source) map.set(key, { ...header });
  const like: HeadersLike = {
    set: (name, value) => void map.set(name.toLowerCase(), { name, value: String(value) }),
    get: (name) => map.get(name.toLowerCase())?.value,
    contains: (name) => map.has(name.toLowerCase()),
    remove: (name) => map.delete(name.toLowerCase()),
    rawHeaders: () => like.toJson(),
    headersArray: () => [...map.values()],
    headerNames: () => [...map.values()].map((header) => header.name),
    headerValues: () => [...map.values()].map((header) => header.value),
    clone: () => headersLike(map),
    toJson: (options) =>
      Object.fromEntries(
        [...map].map(([key, header]) => [options?.preserveCase ? header.name : key, header.value]),
      ),
  };
  return like;
}
