// The port's answers to a storage service that is lost, silent or refusing: the time limit, the
// table created again after it was lost, and STORAGE_UNAVAILABLE for the person to be told.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { isDomainError } from "../../../services/errors";
import { startAzuriteTables } from "../../../services/storage/azurite";
import { STORAGE_UNAVAILABLE_MESSAGE } from "../../../services/storage/storage-errors";
import { azuriteConnectionString } from "../../../services/storage/azurite";
import { createTableStore } from "../../../services/storage/tables";

jest.setTimeout(30_000);

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("the call succeeded");
    },
    (error: unknown) => error,
  );
}

/** A TCP server that accepts connections and never answers: a frozen storage service. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe("the storage port when storage fails", () => {
  test("when storage accepts the connection but never answers, then the call fails as STORAGE_UNAVAILABLE with the Swedish message", async () => {
    const silent = await silentServer();
    try {
      const store = createTableStore({
        connectionString: azuriteConnectionString(silent.port),
        timeoutMs: 300,
      });
      const error = await failure(store.table("Frozen").get("p", "r"));
      expect(isDomainError(error, "STORAGE_UNAVAILABLE")).toBe(true);
      expect((error as Error).message).toBe(STORAGE_UNAVAILABLE_MESSAGE);
      expect(await store.check()).toEqual({
        ok: false,
        reason: expect.stringMatching(/no answer in 300 ms/),
      });
    } finally {
      await silent.close();
    }
  });

  test("when nothing listens on the storage port, then writes fail as STORAGE_UNAVAILABLE", async () => {
    const silent = await silentServer();
    const port = silent.port;
    await silent.close(); // the port is now closed: connection refused
    const store = createTableStore({ connectionString: azuriteConnectionString(port) });
    const error = await failure(
      store.table("Gone").upsert({ partitionKey: "p", rowKey: "r" }, "Merge"),
    );
    expect(isDomainError(error, "STORAGE_UNAVAILABLE")).toBe(true);
  });

  test("when storage comes back empty, then a table used before is created again and the call succeeds", async () => {
    const first = await startAzuriteTables({ inMemory: true, port: 0 });
    const port = Number(new URL(first.url).port);
    const recreated: string[] = [];
    const store = createTableStore({
      connectionString: first.connectionString,
      onTableRecreated: (name) => recreated.push(name),
    });
    const table = store.table("Lost");
    await table.create({ partitionKey: "p", rowKey: "before", value: 1 });
    await first.stop();
    const second = await startAzuriteTables({ inMemory: true, port });
    try {
      expect(await table.get("p", "before")).toBeUndefined();
      expect(await table.create({ partitionKey: "p", rowKey: "after", value: 2 })).toBe(true);
      expect((await table.partition("p")).map((row) => row.rowKey)).toEqual(["after"]);
      expect(recreated).toEqual(["Lost"]);
      expect(await store.check()).toEqual({ ok: true });
    } finally {
      await second.stop();
    }
  });
});
