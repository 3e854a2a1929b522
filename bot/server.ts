// The HTTP edge: POST /api/messages for the Bot Framework protocol, GET /healthz for probes.
// A body that is not an activity gets 400 before the adapter sees it; turns run a bounded number at a
// time (turn-gate.ts), so a burst queues instead of filling memory, and /healthz stays quick.
import restify from "restify";
import type { CloudAdapter } from "botbuilder";
import type { Logger } from "../services/logging/logger";
import type { StorageHealth } from "../services/storage/health-probe";
import { version } from "../services/version";
import type { UppfoljningBot } from "./uppfoljning-bot";
import { RETRY_AFTER_SECONDS, TurnGate } from "./turn-gate";

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: UppfoljningBot;
  logger: Logger;
  /** The background probe's last answer (never a storage call of its own). */
  storageHealth: () => Promise<StorageHealth>;
  /** Bounds the turns running at once (turn-gate.ts); a default one when not given. */
  turns?: TurnGate;
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({
    name: "uppfoljningsboten",
    handleUncaughtExceptions: false,
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));
  const turns = deps.turns ?? new TurnGate();

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
    const ran = await turns.run(() =>
      deps.adapter.process(req, res, (context) => deps.bot.run(context)),
    );
    if (!ran) {
      deps.logger.warn(turns.load(), "turn turned away: too many at once");
      res.header("Retry-After", String(RETRY_AFTER_SECONDS));
      res.send(503, { error: "Boten har för mycket att göra just nu. Försök igen om en stund." });
    }
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
