// Where the tables are: the configured storage account (by URL with Entra ID, or by connection
// string), or else the local Azurite on its usual port (127.0.0.1:10002), data under
// <DATA_DIR>/azurite. If no Azurite answers there, one is started in this process for as long as it
// runs, so the bot and the CLI share the same local data.
import net from "node:net";
import path from "node:path";
import type { Config } from "../config/config";
import type { AzuriteTables } from "./azurite";
import { storageCredential } from "./storage-credential";
import { createTableStore, type TableStore, type TableStoreOptions } from "./tables";

export const LOCAL_AZURITE_PORT = 10002;

export interface OpenedStorage {
  store: TableStore;
  /** Human-readable: where the data is. */
  where: string;
  /** Set when this process started Azurite itself. */
  startedAzurite: boolean;
  close(): Promise<void>;
}

export async function openStorage(
  config: Config,
  onTableRecreated?: (table: string) => void,
): Promise<OpenedStorage> {
  const settings: Omit<TableStoreOptions, "connectionString" | "accountUrl" | "credential"> = {
    prefix: config.storage.tablePrefix,
    timeoutMs: config.storage.timeoutMs,
    onTableRecreated,
  };
  if (config.storage.accountUrl) {
    return {
      store: createTableStore({
        ...settings,
        accountUrl: config.storage.accountUrl,
        credential: storageCredential(config.auth),
      }),
      where: `${config.storage.accountUrl} (Entra ID)`,
      startedAzurite: false,
      close: async () => undefined,
    };
  }
  if (config.storage.connectionString) {
    return {
      store: createTableStore({ ...settings, connectionString: config.storage.connectionString }),
      where: "konfigurerat lagringskonto",
      startedAzurite: false,
      close: async () => undefined,
    };
  }
  // Azurite is loaded only here: with configured storage it would be most of the bot's memory.
  const { startAzuriteTables, azuriteConnectionString } = await import("./azurite");
  let azurite: AzuriteTables | undefined;
  if (!(await isListening(LOCAL_AZURITE_PORT))) {
    azurite = await startAzuriteTables({
      inMemory: false,
      location: path.resolve(config.storage.dataDir, "azurite"),
      port: LOCAL_AZURITE_PORT,
    });
  }
  const connectionString = azurite?.connectionString ?? azuriteConnectionString(LOCAL_AZURITE_PORT);
  return {
    store: createTableStore({ ...settings, connectionString }),
    where: `Azurite på 127.0.0.1:${LOCAL_AZURITE_PORT} (${path.resolve(config.storage.dataDir, "azurite")})`,
    startedAzurite: azurite !== undefined,
    close: async () => azurite?.stop(),
  };
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
