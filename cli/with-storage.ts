// Opens the configured storage for one command, and closes it (and any Azurite it started) after.
// Configuration and domain errors end the command with a message and the matching exit code.
import { ConfigError, loadConfig, type Config } from "../services/config/config";
import { isDomainError } from "../services/errors";
import { openStorage } from "../services/storage/open-storage";
import type { TableStore } from "../services/storage/tables";
import { CliExit, EXIT } from "./io";

export type Env = Record<string, string | undefined>;

export async function withStorage(
  env: Env,
  work: (store: TableStore, config: Config) => Promise<void>,
): Promise<void> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliExit(EXIT.badInput, error.message);
    throw error;
  }
  const storage = await openStorage(config);
  try {
    await work(storage.store, config);
  } catch (error) {
    if (isDomainError(error, "NOT_FOUND") || isDomainError(error, "BAD_ARGUMENT"))
      throw new CliExit(EXIT.badInput, error.message);
    if (isDomainError(error)) throw new CliExit(EXIT.failed, error.message);
    throw error;
  } finally {
    await storage.close();
  }
}
