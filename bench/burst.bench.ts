// The running app under a burst, as `npm start` runs it (node dist/bot/main.js with the start
// script's Node flags, the build: `npm run build` after a change) against an Azurite in this
// process: 1 000 messages (`hjälp` from 100 known people, answered through the fake Bot Connector
// as in Teams) sent at once, with /healthz
// sampled every 50 ms during it; prints how they were answered, /healthz p50/p99/max during the
// burst, and the bot's RSS before, at its peak and after. Then the idle RSS of `npm start` with
// external storage and with the embedded Azurite. Aims: /healthz p99 ≤ 200 ms, peak RSS ≤ 300 MB,
// idle RSS with external storage < 150 MB.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startAzuriteTables } from "../services/storage/azurite";
import { FakeConnector } from "../test/support/fake-connector";
import { personalActivity, testUser } from "../test/support/bot-harness";
import { percentile } from "./support";

const ROOT = path.join(__dirname, "..");
const MESSAGES = Number(process.env.MESSAGES ?? 1000);
const PEOPLE = 100;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

interface Bot {
  child: ChildProcess;
  url: string;
  base: string;
  stop(): Promise<void>;
}

/**
 * The Node flags of `npm start` (package.json's start script, e.g. the young generation's size),
 * so that the bot here runs as it does there and in Azure (appCommandLine).
 */
function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith("--"));
}

function startBot(args: string[], env: Record<string, string>): Promise<Bot> {
  const child = spawn(process.execPath, [...startFlags(), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    let started = false;
    const onData = (chunk: Buffer) => {
      if (started) return; // as a log shipper would: read and dropped
      output += chunk.toString("utf8");
      const port = /lyssnar på http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (!port) return;
      const base = `http://127.0.0.1:${port}`;
      started = true;
      resolve({
        child,
        base,
        url: `${base}/api/messages`,
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`bot exited ${code}:\n${output}`)));
  });
}

/** Resident and peak resident memory of a process, in kB (Linux). */
function memoryOf(child: ChildProcess): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

async function idle(child: ChildProcess): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return memoryOf(child).rss;
}

async function main(): Promise<void> {
  const azurite = await startAzuriteTables({ inMemory: true, port: 0 });
  const connector = await FakeConnector.start();
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    testUser(5000 + i, `Person ${i}`, `person.${i}@example.se`),
  );
  for (const person of people) connector.addMember(person);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "burst-bench-"));
  try {
    const external = await startBot([path.join(ROOT, "dist/bot/main.js")], {
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      REMINDERS_ENABLED: "false",
    });
    let idleExternal = 0;
    try {
      idleExternal = await idle(external.child);
      const send = (i: number) => {
        const person = people[i % PEOPLE] ?? people[0];
        if (!person) throw new Error("no people");
        return fetch(external.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            ...personalActivity(person, connector.url),
            type: "message",
            text: "hjälp",
          }),
        }).then((response) => response.status);
      };
      // Every person has written once: the burst is of people the bot knows.
      for (let i = 0; i < PEOPLE; i += 1) await send(i);
      const before = memoryOf(external.child);

      connector.clear();
      const sampler = spawn(
        process.execPath,
        [path.join(ROOT, "bench/healthz-sampler.js"), `${external.base}/healthz`],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      let sampled = "";
      sampler.stdout?.on("data", (chunk: Buffer) => (sampled += chunk.toString("utf8")));
      const samplerDone = new Promise((resolve) => sampler.once("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      const statuses = await Promise.all(
        Array.from({ length: MESSAGES }, (_, i) => send(i).catch(() => 0)),
      );
      const elapsed = performance.now() - started;
      sampler.kill("SIGTERM");
      await samplerDone;
      const health = (JSON.parse(sampled) as number[]).sort((a, b) => a - b);
      const during = memoryOf(external.child);
      const answered = connector.calls.filter((c) => c.kind === "send" || c.kind === "reply");
      const count = (status: number) => statuses.filter((s) => s === status).length;
      console.log(
        `${MESSAGES} messages at once (hjälp from ${PEOPLE} known people): HTTP 200 ${count(200)}, 503 ${count(503)}, failed ${MESSAGES - count(200) - count(503)}; ${answered.length} answers reached the connector; ${(elapsed / 1000).toFixed(1)} s in all.`,
      );
      console.log(
        `/healthz during the burst (${health.length} samples): p50 ${percentile(health, 50).toFixed(0)} ms, p99 ${percentile(health, 99).toFixed(0)} ms, max ${(health[health.length - 1] ?? 0).toFixed(0)} ms (aim p99 ≤ 200 ms).`,
      );
      console.log(
        `RSS of the bot: ${mb(before.rss)} before, peak ${mb(during.peak)} (aim ≤ 300 MB), ${mb(during.rss)} after.`,
      );
    } finally {
      await external.stop();
    }
    const embedded = await startBot([path.join(ROOT, "bench/embedded-bot-child.js")], {
      DATA_DIR: dataDir,
      REMINDERS_ENABLED: "false",
    });
    let idleEmbedded = 0;
    try {
      idleEmbedded = await idle(embedded.child);
    } finally {
      await embedded.stop();
    }
    console.log(
      `Idle RSS of npm start: ${mb(idleExternal)} with external storage (aim < 150 MB), ${mb(idleEmbedded)} with the embedded Azurite.`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await connector.stop();
    await azurite.stop();
  }
}

void main();
