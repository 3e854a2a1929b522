// The HTTP edge: POST /api/messages for the Bot Framework protocol, GET /healthz for probes.
// A body that is not an activity gets 400 before the adapter sees it.
import restify from "restify";
import type { CloudAdapter } from "botbuilder";
import type { Logger } from "../services/logging/logger";
import type { StorageHealth } from "../services/storage/health-probe";
import { version } from "../services/version";
import type { UppfoljningBot } from "./uppfoljning-bot";

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: UppfoljningBot;
  logger: Logger;
  /** The background probe's last answer (never a storage call of its own). */
  storageHealth: () => Promise<StorageHealth>;
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({
    name: "uppfoljningsboten",
    handleUncaughtExceptions: false,
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  server.post("/api/messages", async (req, res) => {
    const body: unknown = req.body;
    if (
      typeof body !== "object" ||
      body === null ||
      typeof (body as { type?: unknown }).type !== "string"
    ) {
      res.send(400, { error: "Förväntade en Bot Framework-aktivitet (JSON med fältet type)." });
      return;
    }
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  server.get("/healthz", async (_req, res) => {
    const health = await deps.storageHealth();
    res.send(200, {
      status: health.ok ? "ok" : "degraded",
      version,
      storage: health.ok
        ? { reachable: true, checkedAt: health.checkedAt }
        : { reachable: false, reason: health.reason, checkedAt: health.checkedAt },
    });
  });

  server.on("restifyError", (req, _res, error, callback) => {
    deps.logger.warn({ path: req.url, code: error.name }, "rejected request");
    callback();
  });
  return server;
}
