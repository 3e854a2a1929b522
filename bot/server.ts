// The HTTP edge: POST /api/messages for the Bot Framework protocol, GET /healthz for probes.
// A body that is not an activity of the expected shape gets 400 before the adapter sees it; a
// request that fails authentication in any way gets 401, with no internal text; turns run a bounded
// number at a time (turn-gate.ts), so a burst queues instead of filling memory, and /healthz stays quick.
import restify from "restify";
import type { Activity } from "botbuilder";
import type { CheckedAdapter } from "./adapter";
import { checkActivity } from "./activity-shape";
import type { Logger } from "../services/logging/logger";
import type { StorageHealth } from "../services/storage/health-probe";
import { version } from "../services/version";
import type { UppfoljningBot } from "./uppfoljning-bot";
import { RETRY_AFTER_SECONDS, TurnGate } from "./turn-gate";

export interface ServerDeps {
  adapter: CheckedAdapter;
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
    const checked = checkActivity(req.body);
    if (!checked.ok) {
      deps.logger.warn({ problems: checked.problems }, "malformed activity refused");
      res.send(400, { error: "Förväntade en Bot Framework-aktivitet." });
      return;
    }
    const ran = await turns.run(() =>
      runActivity(deps, checked.activity, req.header("authorization") ?? "", res),
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

function errorName(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : "unknown";
}

/** Authenticates (any failure: 401, no internal text), then runs the turn and writes its answer. */
async function runActivity(
  deps: ServerDeps,
  activity: Activity,
  header: string,
  res: restify.Response,
): Promise<void> {
  let authenticated: Awaited<ReturnType<CheckedAdapter["authenticate"]>>;
  try {
    authenticated = await deps.adapter.authenticate(activity, header);
  } catch (error) {
    // Whatever failed (signature, issuer, the key set's fetch), the caller learns only "401".
    deps.logger.warn({ reason: errorName(error) }, "authentication refused");
    res.send(401, { error: "Inte behörig." });
    return;
  }
  try {
    const answer = await deps.adapter.run(authenticated, activity, (context) =>
      deps.bot.run(context),
    );
    if (answer?.body === undefined) {
      res.status(answer?.status ?? 200);
      res.end();
    } else {
      res.send(answer.status, answer.body);
    }
  } catch (error) {
    deps.logger.error({ err: error }, "activity failed");
    res.send(500, { error: "Något gick fel hos boten. Försök igen om en stund." });
  }
}
