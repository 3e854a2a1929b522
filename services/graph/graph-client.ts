// A small Microsoft Graph client: one JSON request at a time, with a timeout, the app's own token
// from a port (bot/ fills it with the bot's credential, tests with a fake), and Graph's throttling
// honoured: on 429 (or 503) it waits what Retry-After says, a few times, then gives the answer up.
// HTTP errors are answers, not exceptions: callers branch on the status and Graph's error code.
import { z } from "zod";

/** The app's own access token for Graph (scope https://graph.microsoft.com/.default). */
export interface GraphTokenSource {
  token(): Promise<string>;
}

export interface GraphAnswer {
  status: number;
  /** Graph's `error.code` and `error.message` when the answer is an error. */
  code?: string;
  message?: string;
  body?: unknown;
}

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0, without a trailing slash. */
  baseUrl: string;
  tokens: GraphTokenSource;
  timeoutMs?: number;
  /** How many times a throttled request is tried again. */
  retries?: number;
  /** The longest Retry-After it waits for; longer, it gives up rather than block a turn. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Graph could not be asked at all: no token, no connection, or no answer in time. */
export class GraphUnavailableError extends Error {
  readonly code = "GRAPH_UNAVAILABLE";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "GraphUnavailableError";
  }
}

const graphError = z.object({
  error: z.object({ code: z.string().optional(), message: z.string().optional() }),
});

export class GraphClient {
  constructor(private readonly options: GraphClientOptions) {}

  /** The absolute URL of a Graph path, as `@odata.bind` wants it. */
  url(path: string): string {
    return `${this.options.baseUrl}${path}`;
  }

  async request(
    method: "GET" | "POST" | "DELETE",
    path: string,
    body?: unknown,
  ): Promise<GraphAnswer> {
    const retries = this.options.retries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const response = await this.send(method, path, body);
      const wait = retryAfterMs(response);
      const throttled = response.status === 429 || response.status === 503;
      if (throttled && attempt < retries && wait <= (this.options.maxWaitMs ?? 30_000)) {
        await (this.options.sleep ?? sleep)(wait);
        continue;
      }
      return answerOf(response.status, await response.text());
    }
  }

  private async send(method: string, path: string, body: unknown): Promise<Response> {
    let token: string;
    try {
      token = await this.options.tokens.token();
    } catch (error) {
      throw new GraphUnavailableError("no token for Microsoft Graph", { cause: error });
    }
    try {
      return await fetch(this.url(path), {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new GraphUnavailableError(`Microsoft Graph did not answer ${method} ${path}`, {
        cause: error,
      });
    }
  }
}

function answerOf(status: number, text: string): GraphAnswer {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  const error = graphError.safeParse(body).data?.error;
  return { status, code: error?.code, message: error?.message, body };
}

/** Retry-After in seconds (what Graph sends) or as an HTTP date; 1 s when it is missing. */
function retryAfterMs(response: Response): number {
  const header = response.headers.get("retry-after");
  if (header === null) return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
