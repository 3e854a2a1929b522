// `npm start`: reads the configuration, opens storage (starting the local Azurite when no connection
// string is set), and serves the bot until SIGINT/SIGTERM, when everything it started stops with it.
import { loadConfig, redactedSummary, ConfigError } from "../services/config/config";
import { unsupportedNodeMessage } from "../services/config/node-runtime";
import { createLogger } from "../services/logging/logger";
import { openStorage } from "../services/storage/open-storage";
import { clockStartingAt } from "../services/reminders";
import { createApp } from "./app";

async function main(): Promise<void> {
  const wrongNode = unsupportedNodeMessage(process.versions.node);
  if (wrongNode) {
    process.stderr.write(`${wrongNode}\n`);
    process.exit(2);
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  logger.info({ config: redactedSummary(config) }, "starting");

  const storage = await openStorage(config);
  if (storage.startedAzurite) logger.info(`Azurite (tabelltjänsten) startad: ${storage.where}`);
  else logger.info(`Lagring: ${storage.where}`);

  // BOT_CLOCK_START (demos, end-to-end tests): the clock starts there and runs forward.
  const now = config.clockStart ? clockStartingAt(config.clockStart).now : undefined;
  if (config.clockStart) logger.info(`Klockan startar på ${config.clockStart} (BOT_CLOCK_START)`);
  const app = createApp({ config, logger, store: storage.store, now });
  const port = await app.listen();
  logger.info(`Uppföljningsboten lyssnar på http://localhost:${port}/api/messages`);
  if (config.reminders.enabled) {
    app.services.reminders.start();
    app.services.summaries.start();
    logger.info("Påminnelser: schemaläggaren är igång (varje minut)");
  } else {
    logger.info("Påminnelser: inte i den här processen (REMINDERS_ENABLED=false)");
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await app.close();
    await storage.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Uppföljningsboten kunde inte starta: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
