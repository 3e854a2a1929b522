// `npm start` with the embedded Azurite, for the burst bench's idle memory figure: the same as
// dist/bot/main.js without a connection string, except that Azurite listens on a free port (the
// usual 10002 may be another bot's on a shared machine) with its data in DATA_DIR.
const path = require("node:path");
const dist = path.join(__dirname, "..", "dist");
const { loadConfig } = require(path.join(dist, "services/config/config"));
const { createLogger } = require(path.join(dist, "services/logging/logger"));
const { startAzuriteTables } = require(path.join(dist, "services/storage/azurite"));
const { createTableStore } = require(path.join(dist, "services/storage/tables"));
const { createApp } = require(path.join(dist, "bot/app"));

async function main() {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const azurite = await startAzuriteTables({
    inMemory: false,
    location: path.resolve(config.storage.dataDir, "azurite"),
    port: 0,
  });
  const store = createTableStore({ connectionString: azurite.connectionString });
  const app = createApp({ config, logger, store });
  const port = await app.listen("127.0.0.1");
  logger.info(`Uppföljningsboten lyssnar på http://localhost:${port}/api/messages`);
  process.on("SIGTERM", () => {
    void app
      .close()
      .then(() => azurite.stop())
      .then(() => process.exit(0));
  });
}

void main();
