// A loopback HTTP proxy in front of the run's real Azurite that can fail chosen writes: a storage
// fault that lands between two writes of one operation, for the tests that show such an operation
// is never left half-done. Everything else passes through unchanged; the store under test is real.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { forwardRequest } from "./forward-request";
import { testConnectionString } from "./storage";

export interface StorageWrite {
  method: string;
  /** The request path: `/devstoreaccount1/<table>(PartitionKey='…',RowKey='…')` or `/…/$batch`. */
  path: string;
  body: string;
}

export interface FaultyStorageProxy {
  connectionString: string;
  /** Every write request seen (method other than GET), in order. */
  writes: StorageWrite[];
  /** From now on, fail (HTTP 500) every write for which `fails` says true; `undefined` heals. */
  failWrites(fails: ((write: StorageWrite, index: number) => boolean) | undefined): void;
  close(): Promise<void>;
}

export async function startFaultyStorageProxy(): Promise<FaultyStorageProxy> {
  const target = new URL(/TableEndpoint=([^;]+)/.exec(testConnectionString())?.[1] ?? "");
  const writes: StorageWrite[] = [];
  let fails: ((write: StorageWrite, index: number) => boolean) | undefined;
  let faultedFrom = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const isWrite = req.method !== "GET" && req.method !== "HEAD";
      if (isWrite) {
        const write = { method: req.method ?? "", path: req.url ?? "", body: body.toString() };
        writes.push(write);
        if (fails?.(write, writes.length - 1 - faultedFrom)) {
          res.writeHead(500, { "content-type": "application/json;odata=minimalmetadata" });
          res.end(
            JSON.stringify({
              "odata.error": {
                code: "InternalError",
                message: { lang: "en-US", value: "Injected fault." },
              },
            }),
          );
          return;
        }
      }
      forwardRequest(target, req, res, { body });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    connectionString: testConnectionString().replace(
      /TableEndpoint=http:\/\/[^/]+/,
      `TableEndpoint=http://127.0.0.1:${port}`,
    ),
    writes,
    failWrites(next) {
      fails = next;
      faultedFrom = writes.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
