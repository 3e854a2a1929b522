// Starts one real Azurite table service, in memory on a free loopback port, for the whole run.
// Tests find it through AZURITE_TABLE_URL and isolate themselves by using tables of their own.
import { startAzuriteTables } from "../../services/storage/azurite";

export default async function globalSetup(): Promise<void> {
  const azurite = await startAzuriteTables({ inMemory: true, port: 0 });
  (globalThis as { __azurite?: typeof azurite }).__azurite = azurite;
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
}
