// Opens the configured storage for one command, builds the services on it (services/compose.ts,
// the same composition root as the bot), and closes it (and any Azurite it started) after.
// Configuration and domain errors end the command with a message and the matching exit code.
import { ConfigError, loadConfig, type Config } from "../services/config/config";
import { composeServices, type DomainServices } from "../services/compose";
import { isDomainError } from "../services/errors";
import { createLogger, type Logger } from "../services/logging/logger";
import { clockStartingAt, systemClock, type Clock } from "../services/reminders/clock";
import { openStorage } from "../services/storage/open-storage";
import type { TableStore } from "../services/storage/tables";
import { CliExit, EXIT } from "./io";

export type Env = Record<string, string | undefined>;

/** What a command that needs storage gets: the storage, and the clock and logger of the CLI. */
export interface CliSetting {
  config: Config;
  store: TableStore;
  /** BOT_CLOCK_START moves it, as in the bot. */
  clock: Clock;
  /** Logs go to stderr: stdout is the command's answer. */
  logger: Logger;
}

/** Runs `work` on the services built on the configured storage. */
export async function withStorage(
  env: Env,
  work: (services: DomainServices, setting: CliSetting) => Promise<void>,
): Promise<void> {
  await withSetting(env, (setting) =>
    work(composeServices({ ...setting, now: () => setting.clock.now() }), setting),
  );
}

/** Runs `work` on the configured storage, for a command that composes more than the services. */
export async function withSetting(
  env: Env,
  work: (setting: CliSetting) => Promise<void>,
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
    await work({
      config,
      store: storage.store,
      clock: config.clockStart ? clockStartingAt(config.clockStart) : systemClock,
      logger: createLogger(config.logLevel, process.stderr),
    });
  } catch (error) {
    if (isDomainError(error, "NOT_FOUND") || isDomainError(error, "BAD_ARGUMENT"))
      throw new CliExit(EXIT.badInput, error.message);
    if (isDomainError(error)) throw new CliExit(EXIT.failed, error.message);
    throw error;
  } finally {
    await storage.close();
  }
}
