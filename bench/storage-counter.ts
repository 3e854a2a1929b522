// A counting proxy in front of Azurite for benches: every storage request the app makes goes through
// it, so a turn's storage requests (and how many of them write) can be counted from outside,
// whatever code made them.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { forwardRequest } from "../test/support/forward-request";

export interface StorageCounter {
  /** The connection string to give the app instead of Azurite's. */
  connectionString: string;
  requests: number;
  writes: number;
  reset(): void;
  stop(): Promise<void>;
}

export async function countingProxy(azuriteConnectionString: string): Promise<StorageCounter> {
  const endpoint = /TableEndpoint=(http:\/\/[^;]+)/.exec(azuriteConnectionString)?.[1];
  if (!endpoint) throw new Error("No TableEndpoint in the connection string.");
  const target = new URL(endpoint);
  const agent = new http.Agent({ keepAlive: true });
  const counter = { requests: 0, writes: 0 };
  const server = http.createServer((req, res) => {
    counter.requests += 1;
    if (process.env.LOG_STORAGE)
      console.log("  storage", req.method, decodeURIComponent(req.url ?? "").slice(0, 160));
    if (req.method !== "GET" && req.method !== "HEAD") counter.writes += 1;
    forwardRequest(target, req, res, { agent });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    connectionString: azuriteConnectionString.replace(
      endpoint,
      `http://127.0.0.1:${port}${target.pathname}`,
    ),
    get requests() {
      return counter.requests;
    },
    get writes() {
      return counter.writes;
    },
    reset() {
      counter.requests = 0;
      counter.writes = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
