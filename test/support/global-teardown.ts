import type { AzuriteTables } from "../../services/storage/azurite";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __azurite?: AzuriteTables }).__azurite?.stop();
}
