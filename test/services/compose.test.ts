// The one composition root: the domain services on one store, and the bot's on top of them.
import { composeBot } from "../../bot/compose-bot";
import { loadConfig } from "../../services/config/config";
import { composeServices } from "../../services/compose";
import { silentLogger } from "../../services/logging/logger";
import { clockStartingAt } from "../../services/reminders/clock";
import { RecordingMessenger } from "../support/recording-messenger";
import { testTableStore } from "../support/storage";
import fs from "node:fs";
import path from "node:path";
import { importPlan } from "../../services/plan";
import { reporterFrom } from "../../services/reporting";

const CATALOG_ID = "11111111-2222-3333-4444-555555555555";

describe("composing the services", () => {
  test("when composed on a store, then the services share its clock and a setting made through one is read by the others", async () => {
    const store = testTableStore();
    const now = () => new Date("2025-05-02T07:00:00Z");
    const services = composeServices({ config: loadConfig({}), logger: silentLogger, store, now });
    await services.settings.setActivePlanId("norsjo-2025", "admin@example.se");
    const again = composeServices({ config: loadConfig({}), logger: silentLogger, store });
    expect(await again.settings.getActivePlanId()).toBe("norsjo-2025");
    expect(services.now().toISOString()).toBe("2025-05-02T07:00:00.000Z");
    expect(services.workingHours.timeZone).toBe("Europe/Stockholm");
  });

  test("when a plan is changed through one port, then the other ports read the change from the same store", async () => {
    const store = testTableStore();
    // 12 May 2025: Norsjö's T1 is open, so the plan is live.
    const now = () => new Date("2025-05-12T09:00:00Z");
    const services = composeServices({ config: loadConfig({}), logger: silentLogger, store, now });
    const fileName = "norsjo-omsorg-2025.yaml";
    const content = fs.readFileSync(path.resolve(__dirname, "../../plans/examples", fileName));
    const imported = await importPlan(store, { fileName, content }, { actor: "test" });
    expect(imported.ok).toBe(true);
    expect((await services.livePlans.live()).map((s) => s.plan.id)).toEqual(["norsjo-omsorg-2025"]);
    await services.reporterAssignment.assign({
      planId: "norsjo-omsorg-2025",
      unit: "htj-norsjo",
      reporter: { upn: "nina.ny@example.se", name: "Nina Ny" },
      actor: "admin@example.se",
    });
    const plan = await services.plans.require("norsjo-omsorg-2025");
    expect(plan.units.find((u) => u.id === "htj-norsjo")?.reporters).toEqual([
      "nina.ny@example.se",
    ]);
    const periods = await services.summaryReader.periods(plan);
    expect(periods.map((p) => p.id)).toEqual(["T1", "T2", "Helår"]);
    const nina = reporterFrom(
      { aadObjectId: "n1", name: "Nina Ny", upn: "nina.ny@example.se" },
      false,
    );
    const choice = await services.reporting.choose(plan, "T1", nina);
    expect(choice.kind === "units" && choice.units.map((u) => u.unit.id)).toEqual(["htj-norsjo"]);
  });

  test("when there is no app catalog id or no Graph token, then there is no app installer; with both there is one", () => {
    const store = testTableStore();
    const tokens = { token: async () => "token" };
    const withId = loadConfig({ TEAMS_APP_CATALOG_ID: CATALOG_ID });
    const base = { logger: silentLogger, store };
    expect(
      composeServices({ ...base, config: loadConfig({}), graphTokens: tokens }).appInstaller,
    ).toBeUndefined();
    expect(composeServices({ ...base, config: withId }).appInstaller).toBeUndefined();
    expect(
      composeServices({ ...base, config: withId, graphTokens: tokens }).appInstaller,
    ).toBeDefined();
  });

  test("when the bot is composed with a messenger and a clock, then the reminders send through it on that clock", async () => {
    const messenger = new RecordingMessenger();
    const bot = composeBot({
      config: loadConfig({}),
      logger: silentLogger,
      store: testTableStore(),
      clock: clockStartingAt("2025-05-02T06:59:00Z"),
      messenger,
    });
    expect(bot.reminders.messenger).toBe(messenger);
    expect(bot.now().getUTCFullYear()).toBe(2025);
    const tick = await bot.reminders.runDue();
    await bot.reminders.stop();
    await bot.summaries.stop();
    expect(tick.ran).toBe(true);
    expect(messenger.sent).toEqual([]);
  });
});
