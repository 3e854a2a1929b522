// The connector's HTTP client tells the rate limiter when a message has gone on the wire: the
// limiter counts it from then (services/messaging/rate-limiter.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { connectorHttpClient, ConnectorHttpError } from "../../bot/teams-http-client";
import { RateLimiter } from "../../services/messaging";

type Request = Parameters<ReturnType<typeof connectorHttpClient>["sendRequest"]>[0];

function requestTo(url: string, body: unknown): Request {
  const headers = { "content-type": "application/json" };
  return {
    url,
    method: "POST",
    body: JSON.stringify(body),
    headers: { toJson: () => headers },
  } as unknown as Request;
}

describe("the connector's HTTP client", () => {
  let server: http.Server;
  let base = "";
  const events: string[] = [];
  const limiter = new RateLimiter({ perAppPerSecond: 30, perConversationPerSecond: 7 });
  const acquire = limiter.acquire.bind(limiter);
  limiter.acquire = async (conversation, maxWaitMs) => {
    const release = await acquire(conversation, maxWaitMs);
    events.push("started");
    return Object.assign(
      () => {
        events.push("answered");
        release();
      },
      {
        sent: () => {
          events.push("on the wire");
          release.sent();
        },
      },
    );
  };
  const client = connectorHttpClient({ timeoutMs: 5000, limiter, waitUntil: () => undefined });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        events.push(`connector got ${Buffer.concat(chunks).toString("utf8")}`);
        const refuse = req.url?.includes("refused");
        res.statusCode = refuse ? 429 : 200;
        res.setHeader("content-type", "application/json");
        if (refuse) res.setHeader("retry-after", "3");
        res.end(JSON.stringify(refuse ? { error: {} } : { id: "act-1" }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (events.length = 0));

  test("when a message is sent, then the limiter hears that it went on the wire before the answer frees its place, and the answer comes back whole", async () => {
    const response = await client.sendRequest(
      requestTo(`${base}/v3/conversations/a%3Achat/activities`, { text: "hej" }),
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.bodyAsText ?? "")).toEqual({ id: "act-1" });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(events.filter((e) => !e.startsWith("connector"))).toEqual([
      "started",
      "on the wire",
      "answered",
    ]);
    expect(events).toContain('connector got {"text":"hej"}');
  });

  test("when Teams answers 429, then the error carries its status and Retry-After, and the message counted as sent", async () => {
    await expect(
      client.sendRequest(requestTo(`${base}/v3/conversations/refused/activities`, {})),
    ).rejects.toEqual(expect.any(ConnectorHttpError));
    await expect(
      client.sendRequest(requestTo(`${base}/v3/conversations/refused/activities`, {})),
    ).rejects.toMatchObject({ status: 429, retryAfter: "3" });
    expect(events.filter((e) => e === "on the wire")).toHaveLength(2);
  });

  test("when nothing listens, then the error says no answer (status 0)", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      client.sendRequest(requestTo(`http://127.0.0.1:${port}/v3/conversations/x/activities`, {})),
    ).rejects.toMatchObject({ status: 0, message: expect.stringContaining("no answer") });
  });
});
