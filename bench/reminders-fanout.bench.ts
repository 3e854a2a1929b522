// Reminder fan-out at Teams' latencies: an admin writes `påminn T1` to the real bot (createApp, over
// HTTP) and every reporter, each with their own 1:1 chat, is reminded through the outbox and the
// Teams messenger against the fake Bot Connector, which enforces Teams' limits (30 messages a
// second for the app, 7 to one chat, counted as requests arrive) and answers 429 to anything over
// them. Runs once per answer delay of the connector (0 ms; 300 ms, Teams' usual; 1 000 ms, Teams
// under load), each on fresh storage, and prints the rate as a share of the limit, throttled
// answers, duplicates and missing recipients for each (the aim: 95 % or better, 0, 0 and 0).
// `RECIPIENTS=10000 LATENCIES=0 npm run bench reminders` for the long run.
import { fanOut, type FanOutResult } from "./reminders-run";

const RECIPIENTS = Number(process.env.RECIPIENTS ?? 600);
const LATENCIES = (process.env.LATENCIES ?? "0,300,1000").split(",").map(Number);
const LIMITS = { perAppPerSecond: 30, perConversationPerSecond: 7 };
const AIM = 0.95;

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  const results: FanOutResult[] = [];
  for (const latencyMs of LATENCIES) {
    console.log(`\nConnector answers after ${latencyMs} ms:`);
    results.push(await fanOut({ recipients: RECIPIENTS, latencyMs, limits: LIMITS }));
  }
  console.log(
    `\n${RECIPIENTS} recipients; limit ${LIMITS.perAppPerSecond}/s per app, ${LIMITS.perConversationPerSecond}/s per chat.`,
  );
  console.log(
    "| answer delay | rate | share of the limit | throttled | duplicates | missing | first reminder |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const r of results) {
    console.log(
      `| ${r.latencyMs} ms | ${r.rate.toFixed(2)}/s | ${pct(r.share)} | ${r.throttled} | ${r.duplicates} | ${r.missing} | ${r.firstAfterMs} ms |`,
    );
  }
  const short = results.filter(
    (r) => r.share < AIM || r.throttled > 0 || r.duplicates > 0 || r.missing > 0,
  );
  if (short.length > 0) {
    console.error(
      `Below the aim at ${short.map((r) => `${r.latencyMs} ms`).join(", ")}: ${pct(AIM)} of the limit, no 429, no duplicate, none missing.`,
    );
    process.exitCode = 1;
  }
}

void main();
