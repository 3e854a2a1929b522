// A report submit as an enhetschef makes it: an Action.Execute invoke of `report.submit` through the
// bot's HTTP endpoint (the real app, adapter and handler), judged, stored with its ETag guard and
// history in an in-process Azurite, answered with the receipt card. Beside it, on the same adapter:
// an echo turn (`hjälp` with expectReplies) and opening the card. Each submit changes a value, so
// every one writes a new version. The bench fails if a submit's p95 passes a second.
import fs from "node:fs";
import path from "node:path";
import { createApp } from "../bot/app";
import { loadConfig } from "../services/config/config";
import { silentLogger } from "../services/logging/logger";
import { importPlan } from "../services/plan";
import { startAzuriteTables } from "../services/storage/azurite";
import { createTableStore } from "../services/storage/tables";
import { FakeConnector } from "../test/support/fake-connector";
import { personalActivity, testUser } from "../test/support/bot-harness";
import { report, time } from "./support";

const RUNS = 300;
const WARM_UP = 20;
const LIMIT_MS = 1000;
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");

async function main(): Promise<void> {
  const azurite = await startAzuriteTables({ inMemory: true, port: 0 });
  const connector = await FakeConnector.start();
  connector.addMember(megan);
  const config = loadConfig({
    PORT: "0",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    TABLE_PREFIX: "bench",
  });
  const store = createTableStore({ connectionString: azurite.connectionString, prefix: "bench" });
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

    const post = async (activity: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...personalActivity(megan, connector.url), ...activity }),
      });
      const body = (await response.json()) as { type?: string; value?: unknown };
      if (response.status !== 200) throw new Error(`bot answered ${response.status}`);
      return body;
    };
    const invoke = (verb: string, data: Record<string, unknown>) =>
      post({
        type: "invoke",
        name: "adaptiveCard/action",
        value: { action: { type: "Action.Execute", verb, data } },
      });
    const echo = () => post({ type: "message", text: "hjälp", deliveryMode: "expectReplies" });
    const target = { planId: imported.plan.id, periodId: "T1", unitId: "htj-norsjo" };
    let version = 0;
    const submit = async (i: number) => {
      const body = await invoke("report.submit", {
        ...target,
        version,
        page: 0,
        "v:sjukfranvaro": `${5 + (i % 10) / 10}`.replace(".", ","),
        "c:sjukfranvaro": "",
        "v:budgetavvikelse": "0,2",
        "c:budgetavvikelse": "",
        "v:heltidsanstallda": "80",
        "c:heltidsanstallda": "",
        "s:fast-omsorgskontakt": "inProgress",
        "c:fast-omsorgskontakt": "",
      });
      if (!JSON.stringify(body.value).includes("Rapporten är inskickad")) {
        throw new Error(`submit ${i} was not received: ${JSON.stringify(body).slice(0, 300)}`);
      }
      version += 1;
    };

    for (let i = 0; i < WARM_UP; i += 1) {
      await echo();
      await invoke("report.open", target);
      await submit(i);
    }
    console.log(
      `Norsjö T1, Hemtjänst Norsjö (4 items), ${RUNS} turns each after ${WARM_UP} to warm up; in-process Azurite`,
    );
    report("echo turn (hjälp, expectReplies)", await time(RUNS, () => echo()));
    report(
      "open the report card (report.open)",
      await time(RUNS, () => invoke("report.open", target)),
    );
    const submits = await time(RUNS, (i) => submit(WARM_UP + i));
    report("submit turn (report.submit, storage included)", submits);
    if (submits.p95 > LIMIT_MS) {
      console.error(
        `report.submit p95 ${submits.p95.toFixed(1)} ms is over the ${LIMIT_MS} ms limit`,
      );
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    await connector.stop();
    await azurite.stop();
  }
}

void main();
