// Turns as an enhetschef makes them, through the bot's HTTP endpoint (the real app, adapter and
// handlers) against Azurite behind a counting proxy, beside a bare botbuilder echo bot measured in
// the same run: `hjälp`, `perioder` (also 20 at once), a plain message from a known person, opening
// the report card and submitting it (each submit changes a value, so each writes a new version),
// and one storage point read through the app's own store (the "one read" of the aims). Prints
// p50/p95, each turn's storage requests and writes, and the aims of issue 15: hjälp ≤ 2× echo,
// perioder ≤ 2× echo + one read, at 20 at once ≥ half the echo's throughput, submit ≤ 6 storage
// requests, a plain message 0 writes. Fails if a submit's p95 passes a second.
//
// Twice, the same turns and counts: first with Azurite in a child process (as in production, where
// storage is never in the bot's process, so its CPU is not the bot's), then in the bench's own
// process as before (each request's server side then costs the bot's process too).
// `AZURITE=child` or `AZURITE=in-process` runs one of them; `LOG_STORAGE=1` prints every storage
// request the proxy sees (what a turn reads).
import fs from "node:fs";
import path from "node:path";
import { createApp } from "../bot/app";
import { loadConfig } from "../services/config/config";
import { silentLogger } from "../services/logging/logger";
import { importPlan } from "../services/plan";
import { startAzuriteTables } from "../services/storage/azurite";
import { createTableStore } from "../services/storage/tables";
import { startAzuriteProcess } from "../test/support/azurite-process";
import { FakeConnector } from "../test/support/fake-connector";
import { personalActivity, testUser } from "../test/support/bot-harness";
import { startEchoBot } from "./echo-bot";
import { countingProxy } from "./storage-counter";
import { percentile } from "./support";
import { performance } from "node:perf_hooks";

const RUNS = Number(process.env.RUNS ?? 200);
const WARM_UP = 20;
const CONCURRENT = 20;
const ROUNDS = 5;
const LIMIT_MS = 1000;
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");

interface Measured {
  p50: number;
  p95: number;
  perSecond: number;
  requests: number;
  writes: number;
}

type Placement = "child" | "in-process";

const PLACEMENTS: Record<Placement, string> = {
  child: "Azurite in a child process (storage outside the bot's process, as in production)",
  "in-process": "Azurite in the bench's process (its server side costs the bot's process too)",
};

async function main(): Promise<void> {
  const wanted = process.env.AZURITE;
  for (const placement of Object.keys(PLACEMENTS) as Placement[]) {
    if (wanted && wanted !== placement) continue;
    await measure(placement);
  }
}

async function startAzurite(placement: Placement) {
  if (placement === "in-process") return startAzuriteTables({ inMemory: true, port: 0 });
  return startAzuriteProcess({ inMemory: true });
}

async function measure(placement: Placement): Promise<void> {
  const azurite = await startAzurite(placement);
  const counter = await countingProxy(azurite.connectionString);
  const connector = await FakeConnector.start();
  const echoBot = await startEchoBot();
  connector.addMember(megan);
  const config = loadConfig({
    PORT: "0",
    STORAGE_CONNECTION_STRING: counter.connectionString,
    TABLE_PREFIX: "bench",
    REMINDERS_ENABLED: "false",
  });
  const store = createTableStore({ connectionString: counter.connectionString, prefix: "bench" });
  // Wednesday 7 May 2025: Norsjö's T1 is open.
  const app = createApp({
    config,
    logger: silentLogger,
    store,
    now: () => new Date("2025-05-07T10:00:00Z"),
  });
  const port = await app.listen("127.0.0.1");
  const url = `http://127.0.0.1:${port}/api/messages`;
  try {
    const file = path.resolve(__dirname, "../plans/examples/norsjo-omsorg-2025.yaml");
    const imported = await importPlan(
      store,
      { fileName: "norsjo-omsorg-2025.yaml", content: fs.readFileSync(file) },
      { actor: "bench" },
    );
    if (!imported.ok) throw new Error("The Norsjö plan did not import.");
    await app.services.settings.setActivePlanId(imported.plan.id, "bench");

    const postTo = async (to: string, activity: Record<string, unknown>) => {
      const response = await fetch(to, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...personalActivity(megan, connector.url), ...activity }),
      });
      const body = (await response.json()) as { type?: string; value?: unknown };
      if (response.status !== 200) throw new Error(`bot answered ${response.status}`);
      return body;
    };
    const say = (to: string, text: string) =>
      postTo(to, { type: "message", text, deliveryMode: "expectReplies" });
    const invoke = (verb: string, data: Record<string, unknown>) =>
      postTo(url, {
        type: "invoke",
        name: "adaptiveCard/action",
        value: { action: { type: "Action.Execute", verb, data } },
      });
    const target = { planId: imported.plan.id, periodId: "T1", unitId: "htj-norsjo" };
    let version = 0;
    let submitted = 0;
    const submit = async () => {
      const body = await invoke("report.submit", {
        ...target,
        version,
        page: 0,
        "v:sjukfranvaro": `${5 + (submitted % 10) / 10}`.replace(".", ","),
        "c:sjukfranvaro": "",
        "v:budgetavvikelse": "0,2",
        "c:budgetavvikelse": "",
        "v:heltidsanstallda": "80",
        "c:heltidsanstallda": "",
        "s:fast-omsorgskontakt": "inProgress",
        "c:fast-omsorgskontakt": "",
      });
      if (!JSON.stringify(body.value).includes("Rapporten är inskickad")) {
        throw new Error(
          `submit ${submitted} was not received: ${JSON.stringify(body).slice(0, 300)}`,
        );
      }
      version += 1;
      submitted += 1;
    };
    const turns: Record<string, () => Promise<unknown>> = {
      echo: () => say(echoBot.url, "hej"),
      hjälp: () => say(url, "hjälp"),
      perioder: () => say(url, "perioder"),
      plain: () => say(url, "hej"),
      open: () => invoke("report.open", target),
      submit,
      // The "one read" of the aims: a point read through the app's own store (SDK, proxy, Azurite).
      read: () => store.table("Versions").get("version", "shared"),
    };
    for (let i = 0; i < WARM_UP; i += 1) for (const turn of Object.values(turns)) await turn();

    const sequential = async (turn: () => Promise<unknown>): Promise<Measured> => {
      const samples: number[] = [];
      counter.reset();
      const started = performance.now();
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        await turn();
        samples.push(performance.now() - start);
      }
      return summarise(samples, performance.now() - started, RUNS, counter);
    };
    const round = async (turn: () => Promise<unknown>): Promise<Measured> => {
      const samples: number[] = [];
      counter.reset();
      const started = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENT }, async () => {
          while (next < RUNS) {
            next += 1;
            const start = performance.now();
            await turn();
            samples.push(performance.now() - start);
          }
        }),
      );
      return summarise(samples, performance.now() - started, RUNS, counter);
    };
    // At 20 at once, RUNS turns last a tenth of a second or two: one garbage collection more or less
    // moves the figure by a quarter. So a round is run first to warm up, then ROUNDS rounds, and the
    // round of median throughput is the figure (the same for the echo and for perioder).
    const concurrent = async (turn: () => Promise<unknown>): Promise<Measured> => {
      await round(turn);
      const rounds: Measured[] = [];
      for (let i = 0; i < ROUNDS; i += 1) rounds.push(await round(turn));
      rounds.sort((x, y) => x.perSecond - y.perSecond);
      return rounds[Math.floor(ROUNDS / 2)] as Measured;
    };

    console.log(
      `\n### ${PLACEMENTS[placement]}\n\nNorsjö T1, Megan Bowen for Hemtjänst Norsjö (4 items); ${RUNS} turns each after ${WARM_UP} to warm up (${CONCURRENT} at once: a round to warm up, then the median of ${ROUNDS} rounds); Azurite behind a counting proxy.\n`,
    );
    const echo = await sequential(turns.echo);
    const rows: [string, Measured, string][] = [["bare botbuilder echo turn", echo, ""]];
    const read = await sequential(turns.read);
    rows.push(["one storage point read (the app's store)", read, ""]);
    const help = await sequential(turns.hjälp);
    rows.push([
      "`hjälp`",
      help,
      `${ratio(help, echo)} echo (aim ≤ 2×): ${met(help.p50 <= 2 * echo.p50)}`,
    ]);
    const periods = await sequential(turns.perioder);
    const periodsAim = 2 * echo.p50 + read.p50;
    rows.push([
      "`perioder`",
      periods,
      `${ratio(periods, echo)} echo; aim 2× echo + one read = ${periodsAim.toFixed(1)} ms: ${met(periods.p50 <= periodsAim)}`,
    ]);
    const plain = await sequential(turns.plain);
    rows.push(["a plain message (`hej`)", plain, `aim 0 writes: ${met(plain.writes === 0)}`]);
    const open = await sequential(turns.open);
    rows.push(["open the report card (`report.open`)", open, ""]);
    const submits = await sequential(turns.submit);
    rows.push([
      "submit (`report.submit`)",
      submits,
      `aim ≤ 6 storage requests: ${met(submits.requests <= 6)}`,
    ]);
    const echoAtOnce = await concurrent(turns.echo);
    rows.push([`echo, ${CONCURRENT} at once`, echoAtOnce, ""]);
    const periodsAtOnce = await concurrent(turns.perioder);
    rows.push([
      `\`perioder\`, ${CONCURRENT} at once`,
      periodsAtOnce,
      `${((periodsAtOnce.perSecond / echoAtOnce.perSecond) * 100).toFixed(0)} % of the echo's throughput (aim ≥ 50 %): ${met(periodsAtOnce.perSecond >= echoAtOnce.perSecond / 2)}`,
    ]);

    console.log("| turn | p50 | p95 | turns/s | storage requests | writes | against the aim |");
    console.log("| --- | --- | --- | --- | --- | --- | --- |");
    for (const [label, m, note] of rows) {
      console.log(
        `| ${label} | ${m.p50.toFixed(1)} ms | ${m.p95.toFixed(1)} ms | ${m.perSecond.toFixed(0)} | ${m.requests.toFixed(2)} | ${m.writes.toFixed(2)} | ${note} |`,
      );
    }
    if (submits.p95 > LIMIT_MS) {
      console.error(
        `report.submit p95 ${submits.p95.toFixed(1)} ms is over the ${LIMIT_MS} ms limit`,
      );
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    await echoBot.stop();
    await connector.stop();
    await counter.stop();
    await azurite.stop();
  }
}

function summarise(
  samples: number[],
  elapsedMs: number,
  turns: number,
  counter: { requests: number; writes: number },
): Measured {
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    perSecond: (turns / elapsedMs) * 1000,
    requests: counter.requests / turns,
    writes: counter.writes / turns,
  };
}

function met(yes: boolean): string {
  return yes ? "met" : "not met";
}

function ratio(turn: Measured, echo: Measured): string {
  return `${(turn.p50 / echo.p50).toFixed(1)}×`;
}

void main();
