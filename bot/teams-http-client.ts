// The HTTP client under the Bot Framework connector used for proactive messages. It makes exactly
// one request per call and turns any answer that is not 2xx into a ConnectorHttpError. That error
// is not the SDK's RestError, so the connector's retry policy (which would repeat 429 and 5xx up to
// three times on its own) lets it through at once: the outbox decides about every retry, counts
// it, and keeps it inside the rate limit. Every message (send, update) and every new chat takes a
// slot from the rate limiter right here, just before it goes on the wire (Teams counts it as it
// arrives: rate-limiter.ts), and says when the answer has come, which frees its place in flight.
// Also bounds every request with a timeout.
import type { ConfigurationBotFrameworkAuthentication } from "botbuilder";
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
        return await send(request, method, timeoutMs);
      } finally {
        release?.();
      }
    },
  };
}

async function send(
  request: WebResource,
  method: string,
  timeoutMs: number,
): Promise<CompatResponse> {
  const body =
    method === "GET" || method === "HEAD" || request.body === undefined
      ? undefined
      : typeof request.body === "string"
        ? request.body
        : JSON.stringify(request.body);
  const where = `${method} ${new URL(request.url).pathname}`;
  let response: Response;
  try {
    response = await fetch(request.url, {
      method,
      headers: request.headers.toJson({ preserveCase: true }),
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause ?? error).toString() : String(error);
    throw new ConnectorHttpError(0, undefined, `${where}: no answer (${reason})`);
  }
  const bodyAsText = await response.text();
  if (!response.ok) {
    throw new ConnectorHttpError(
      response.status,
      response.headers.get("retry-after") ?? undefined,
      `${where}: ${response.status}`,
    );
  }
  return { request, status: response.status, headers: headersLike(response.headers), bodyAsText };
}

function headersLike(source: Headers | Map<string, { name: string; value: string }>): HeadersLike {
  const map = new Map<string, { name: string; value: string }>();
  if (source instanceof Map) for (const [key, header] of source) map.set(key, { ...header });
  else source.forEach((value, name) => map.set(name.toLowerCase(), { name, value }));
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
