// Runs Azurite's table service inside this process: the local stand-in for Azure Table Storage.
// In-process means it stops with us (nothing is ever left running) and its telemetry client is
// never started, which is what the CLI's --disableTelemetry flag does for the stand-alone server.
import fs from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";

// Azurite's package entry loads `vscode`; its table server modules load without it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TableServer = require("azurite/dist/src/table/TableServer").default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TableConfiguration = require("azurite/dist/src/table/TableConfiguration").default;

/** Azurite's fixed development account: public, documented, and accepted by Azurite alone. */
const DEV_ACCOUNT = "devstoreaccount1";
const DEV_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export interface AzuriteOptions {
  /** Keep tables in memory only (tests), or on disk under `location`. */
  inMemory: boolean;
  /** Folder for the on-disk database; ignored in memory. */
  location?: string;
  /** 0 picks a free port. */
  port: number;
}

export interface AzuriteTables {
  connectionString: string;
  url: string;
  stop(): Promise<void>;
}

interface TableServerLike {
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
  httpServer?: { address(): AddressInfo | string | null };
}

export async function startAzuriteTables(options: AzuriteOptions): Promise<AzuriteTables> {
  const dbPath = options.inMemory
    ? "__azurite_db_table__.json"
    : path.join(options.location ?? ".data/azurite", "__azurite_db_table__.json");
  const config = new TableConfiguration(
    "127.0.0.1",
    options.port,
    undefined, // keep-alive timeout: default
    dbPath,
    false, // debug log
    false, // access log
    undefined,
    undefined,
    false, // loose
    false, // skip API version check
    "",
    "",
    "",
    undefined,
    false,
    options.inMemory,
  );
  if (!options.inMemory) fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const server: TableServerLike = new TableServer(config);
  await server.start();
  const port = boundPort(server);
  return {
    url: `http://127.0.0.1:${port}/${DEV_ACCOUNT}`,
    connectionString: azuriteConnectionString(port),
    stop: () => server.close(),
  };
}

export function azuriteConnectionString(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
    `TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`
  );
}

function boundPort(server: TableServerLike): number {
  const address = server.httpServer?.address();
  if (address && typeof address === "object") return address.port;
  const match = /:(\d+)$/.exec(server.getHttpServerAddress());
  if (!match?.[1]) throw new Error("Azurite did not report the port it listens on.");
  return Number(match[1]);
}
