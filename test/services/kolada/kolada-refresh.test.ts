// The daily Kolada reading (issue 13): the scheduler's check reads every mapped KPI of the stored
// plans once per interval and keeps them as comparison values with origin Kolada; a 429 with
// Retry-After, a 5xx or malformed JSON is logged and tried again at the next run, and no stored
// value is lost. Real Azurite, the loopback fake Kolada in v3's shape, a clock the test moves.
import { listComparisons } from "../../../services/comparison";
import { loadConfig } from "../../../services/config/config";
import { KoladaSchedule, createKoladaClient } from "../../../services/kolada";
import { composeBot } from "../../../bot/compose-bot";
import { createLogger, silentLogger } from "../../../services/logging/logger";
import { clockFrom } from "../../../services/reminders";
import { RecordingMessenger } from "../../support/recording-messenger";
import { startFakeKolada, type FakeKolada } from "../../support/fake-kolada";
import fs from "node:fs";
import path from "node:path";
import { importPlan } from "../../../services/plan";
import { testTableStore, uniquePrefix } from "../../support/storage";

const PLAN = "norrkoping-von-2024";
const HOUR = 3_600_000;

describe("the daily Kolada reading", () => {
  let kolada: FakeKolada;
  const store = testTableStore(uniquePrefix());
  let clock = new Date("2024-10-01T05:00:00Z");
  const lines: string[] = [];
  const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
  const schedule = (url: string) =>
    new KoladaSchedule({
      config: loadConfig({ KOLADA_API_URL: url }),
      store,
      logger,
      clock: { now: () => clock },
      client: createKoladaClient({ baseUrl: url, timeoutMs: 500 }),
    });
  const koladaValues = async () =>
    (await listComparisons(store, PLAN))
      .filter((value) => value.origin.kind === "kolada")
      .map((value) => `${value.indicatorId} ${value.year} ${String(value.value)}`)
      .sort();
  const later = (hours: number) => (clock = new Date(clock.getTime() + hours * HOUR));

  beforeAll(async () => {
    kolada = await startFakeKolada();
    kolada.setValue("U23471", "0581", 2023, 80);
    kolada.setValue("U21468", "0581", 2023, 86);
    kolada.setValue("U23468", "0581", 2023, 64);
    kolada.setValue("N20900", "0581", 2023, 1.5);
    const fileName = "norrkoping-von-2024.yaml";
    const content = fs.readFileSync(path.resolve(__dirname, "../../../plans/examples", fileName));
    const imported = await importPlan(store, { fileName, content }, { actor: "test" });
    expect(imported.ok).toBe(true);
  });
  afterAll(() => kolada.close());

  test("when KOLADA_API_URL is not set, then the reading is off, and on with it at 24 hours", () => {
    expect(loadConfig({}).kolada.refreshHours).toBe(0);
    expect(loadConfig({ KOLADA_API_URL: kolada.url }).kolada.refreshHours).toBe(24);
    expect(
      loadConfig({ KOLADA_API_URL: kolada.url, KOLADA_REFRESH_HOURS: "6" }).kolada.refreshHours,
    ).toBe(6);
    expect(
      new KoladaSchedule({ config: loadConfig({}), store, logger, clock: { now: () => clock } })
        .enabled,
    ).toBe(false);
  });

  test("when the check runs for the first time, then every mapped KPI is stored with origin Kolada", async () => {
    const result = await schedule(kolada.url).check();
    expect(result).toMatchObject({
      ran: true,
      plans: [{ planId: PLAN, read: 4, throttled: false }],
    });
    expect(await koladaValues()).toEqual([
      "m1-i6 2023 80",
      "m1-i9 2023 86",
      "m3-i1 2023 64",
      "m7-i1 2023 1.5",
    ]);
  });

  test("when it is checked again within the day, or by a second instance, then Kolada is not asked", async () => {
    const asked = kolada.requests.length;
    later(23);
    expect(await schedule(kolada.url).check()).toEqual({ ran: false, reason: "notDue" });
    expect(await schedule(kolada.url).check()).toEqual({ ran: false, reason: "notDue" });
    expect(kolada.requests).toHaveLength(asked);
  });

  test("when two instances check at once after a day, then only one of them reads Kolada", async () => {
    later(1);
    const results = await Promise.all([schedule(kolada.url).check(), schedule(kolada.url).check()]);
    expect(results.filter((result) => result.ran)).toHaveLength(1);
    expect(results).toContainEqual({ ran: false, reason: "claimedElsewhere" });
  });

  test.each<[string, "tooMany" | "serverError" | "malformed", RegExp]>([
    ["429 with Retry-After", "tooMany", /färre frågor just nu \(429\).*120 s/],
    ["a 500", "serverError", /svarade med ett fel \(500\)/],
    ["malformed JSON", "malformed", /inte är JSON/],
  ])(
    "when Kolada answers %s, then it is logged, nothing stored is lost, and the next run reads it",
    async (_case, behaviour, note) => {
      later(24);
      kolada.setValue("U23471", "0581", 2023, 81);
      for (const kpi of ["U23471", "U21468", "U23468", "N20900"]) kolada.behave(kpi, behaviour);
      lines.length = 0;
      const before = await koladaValues();
      const failed = await schedule(kolada.url).check();
      expect(failed).toMatchObject({ ran: true, plans: [{ planId: PLAN, read: 0 }] });
      expect(await koladaValues()).toEqual(before);
      const warned = lines.map(
        (line) => JSON.parse(line) as { level: number; msg: string; notes?: string[] },
      );
      expect(warned).toContainEqual(
        expect.objectContaining({
          level: 40,
          notes: expect.arrayContaining([expect.stringMatching(note)]),
        }),
      );

      // Kolada is well again: within the day nothing is asked; at the next run the value is read.
      for (const kpi of ["U23471", "U21468", "U23468", "N20900"]) kolada.behave(kpi, undefined);
      later(1);
      expect(await schedule(kolada.url).check()).toEqual({ ran: false, reason: "notDue" });
      later(23);
      expect(await schedule(kolada.url).check()).toMatchObject({ ran: true, plans: [{ read: 4 }] });
      expect(await koladaValues()).toContain("m1-i6 2023 81");
      kolada.setValue("U23471", "0581", 2023, 80);
    },
  );

  test("when Kolada says 429, then reading stops at once instead of asking for every KPI", async () => {
    later(24);
    kolada.behave("U23471", "tooMany");
    const asked = kolada.requests.length;
    const result = await schedule(kolada.url).check();
    expect(result).toMatchObject({ ran: true, plans: [{ throttled: true }] });
    expect(kolada.requests.length - asked).toBe(1);
    kolada.behave("U23471", undefined);
  });
});

describe("the reminders' scheduler and the Kolada reading", () => {
  test("when the reminders' scheduler starts with KOLADA_API_URL set, then it reads Kolada by itself, and stops with it", async () => {
    const kolada = await startFakeKolada();
    kolada.setValue("U23471", "0581", 2023, 80);
    const store = testTableStore(uniquePrefix());
    const fileName = "norrkoping-von-2024.yaml";
    const content = fs.readFileSync(path.resolve(__dirname, "../../../plans/examples", fileName));
    expect((await importPlan(store, { fileName, content }, { actor: "test" })).ok).toBe(true);
    const runtime = composeBot({
      config: loadConfig({ KOLADA_API_URL: kolada.url }),
      logger: silentLogger,
      store,
      clock: clockFrom(() => new Date("2024-10-01T05:00:00Z")),
      messenger: new RecordingMessenger(),
    }).reminders;
    try {
      runtime.start();
      // The first check runs at start: wait (no time asserted) until the value is stored.
      for (;;) {
        const stored = await listComparisons(store, PLAN);
        if (stored.some((value) => value.origin.kind === "kolada")) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await runtime.stop();
      await kolada.close();
    }
    expect(kolada.requests).toContain("/v3/data/kpi/U23471/municipality/0581/year/2023");
  });
});
