// A reminder scheduler in a process of its own, for the crash and scale-out tests: the same runtime
// as the bot and `uppfoljning reminders run-due` (bot/compose-bot.ts) with the real Teams messenger,
// against the test's Azurite and a FakeConnector in the parent. It runs ticks until no reminder
// job is left open, printing one JSON line per tick; SIGTERM stops it as the bot stops.
import "./loopback-only";
import { composeBot } from "../../bot/compose-bot";
import { loadConfig } from "../../services/config/config";
import { silentLogger } from "../../services/logging/logger";
import { clockStartingAt, JobStore, systemClock } from "../../services/reminders";
import { createTableStore } from "../../services/storage/tables";

const env = process.env;
const config = loadConfig(env);
const store = createTableStore({
  connectionString: config.storage.connectionString ?? "",
  prefix: config.storage.tablePrefix,
  timeoutMs: config.storage.timeoutMs,
});
const clock = config.clockStart ? clockStartingAt(config.clockStart) : systemClock;
const number = (name: string, fallback: number) => Number(env[name] ?? fallback);
const runtime = composeBot({
  config,
  logger: silentLogger,
  store,
  clock,
  reminders: {
    sender: {
      concurrency: number("SENDER_CONCURRENCY", 8),
      claimTtlMs: number("CLAIM_TTL_MS", 3_000),
    },
    leaseTtlMs: number("LEASE_TTL_MS", 3_000),
  },
}).reminders;
const jobs = new JobStore(store, () => clock.now());
const print = (event: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify(event)}\n`);

let stopping = false;
process.on("SIGTERM", () => {
  stopping = true;
  void runtime.stop().then(() => {
    print({ event: "stopped" });
    process.exit(0);
  });
});

async function main(): Promise<void> {
  print({ event: "started", pid: process.pid });
  while (!stopping) {
    const result = await runtime.runDue();
    print({ event: "tick", ...result });
    if (result.ran && !result.stopped && (await jobs.open()).length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, number("TICK_PAUSE_MS", 100)));
  }
  if (stopping) return;
  await runtime.stop();
  print({ event: "finished" });
  process.exit(0);
}

main().catch((error: unknown) => {
  print({ event: "failed", error: String(error) });
  process.exit(1);
});
