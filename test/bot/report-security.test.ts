import { VERBS } from "../../cards/verbs";
import { listResults, readUnitState } from "../../services/reporting";
import { personalActivity, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import { invoke } from "../services/reporting/report-fixtures";

const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const stranger = testUser(9, "Sam Stranger", "sam.s@example.se");
const PLAN = "norsjo-omsorg-2025";
const now = () => new Date("2025-05-07T10:00:00Z");

/** What megan.b's own card for Hemtjänst Norsjö sends, all valid. */
const valid = {
  planId: PLAN,
  periodId: "T1",
  unitId: "htj-norsjo",
  version: 0,
  page: 0,
  "v:sjukfranvaro": "6,1",
  "c:sjukfranvaro": "",
  "v:budgetavvikelse": "0",
  "c:budgetavvikelse": "",
  "v:heltidsanstallda": "80",
  "c:heltidsanstallda": "",
  "s:fast-omsorgskontakt": "inProgress",
  "c:fast-omsorgskontakt": "",
};

const without = (key: keyof typeof valid) =>
  Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

describe("report submits that the card could not have sent", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [megan, stranger], now });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  async function nothingStored(): Promise<void> {
    expect(await listResults(bot.app.services.store, PLAN, "T1")).toEqual([]);
    for (const unitId of ["htj-norsjo", "sabo-norrgarden"]) {
      const state = await readUnitState(bot.app.services.store, PLAN, "T1", unitId);
      expect(state.report).toBeUndefined();
      expect(state.drafts.size).toBe(0);
    }
  }

  test.each<[string, unknown, RegExp, string | undefined]>([
    [
      "another person's unit",
      { ...valid, unitId: "sabo-norrgarden" },
      /Du rapporterar inte för Särskilt boende Norrgården/,
      "notReporter",
    ],
    [
      "a unit not in the plan",
      { ...valid, unitId: "htj-okand" },
      /htj-okand finns inte/,
      "unknownUnit",
    ],
    [
      "an item of another period",
      { ...valid, "v:hme": "80" },
      /inte ingår i rapporten/,
      "unknownItem",
    ],
    [
      "an item not in the plan",
      { ...valid, "v:nope": "1" },
      /inte ingår i rapporten/,
      "unknownItem",
    ],
    ["an item of another unit", { ...valid, "v:avslutsenkat": "70" }, /inte ingår/, "unknownItem"],
    [
      "a period not in the plan",
      { ...valid, periodId: "T9" },
      /Perioden T9 finns inte/,
      "unknownPeriod",
    ],
    ["a period not open yet", { ...valid, periodId: "T2" }, /Tertial 2 öppnar/, "notOpenYet"],
    ["another plan", { ...valid, planId: "annan-plan-2025" }, /finns inte längre/, undefined],
    [
      "a state on an indicator",
      { ...valid, "s:sjukfranvaro": "done" },
      /fel sorts svar/,
      "wrongField",
    ],
    [
      "a text on an activity",
      { ...valid, "t:fast-omsorgskontakt": "x" },
      /fel sorts svar/,
      "wrongField",
    ],
    [
      "a comment over 4 000 characters",
      { ...valid, "c:sjukfranvaro": "å".repeat(4001) },
      /Kommentaren till ”Sjukfrånvaro” är 4\u00a0001 tecken lång; högst 4\u00a0000/,
      "tooLong",
    ],
    [
      "a value over 100 characters",
      { ...valid, "v:sjukfranvaro": "6".repeat(101) },
      /Värdet för ”Sjukfrånvaro” är 101 tecken/,
      "tooLong",
    ],
    [
      "a megabyte of text",
      { ...valid, "c:sjukfranvaro": "x".repeat(1_000_000) },
      /inte kan läsa/,
      undefined,
    ],
    ["a number where text goes", { ...valid, "v:sjukfranvaro": 6.1 }, /inte kan läsa/, undefined],
    [
      "an unknown activity state",
      { ...valid, "s:fast-omsorgskontakt": "klar" },
      /inte kan läsa/,
      undefined,
    ],
    ["the version as text", { ...valid, version: "0" }, /inte kan läsa/, undefined],
    ["a negative version", { ...valid, version: -1 }, /inte kan läsa/, undefined],
    ["no unit", without("unitId"), /inte kan läsa/, undefined],
    ["no version", without("version"), /inte kan läsa/, undefined],
    ["no plan", without("planId"), /inte kan läsa/, undefined],
    ["an object as the unit", { ...valid, unitId: { $ne: "" } }, /inte kan läsa/, undefined],
    ["no data at all", null, /inte kan läsa/, undefined],
    ["an array", [valid], /inte kan läsa/, undefined],
  ])(
    "when a submit names %s, then it is refused in Swedish and nothing is stored",
    async (_case, data, message, audited) => {
      // Refusals are counted per person and minute: the first is a row, the rest one row with
      // their count and reasons once the minute is over (flushed here to read it now).
      const refusals = async () => {
        await bot.app.services.refusals.flush();
        const rows = await bot.app.services.audit.list(PLAN, 1000);
        let count = 0;
        const reasons: string[] = [];
        for (const { action, after } of rows) {
          const facts = after as { reason?: string; reasons?: string[]; count?: number };
          if (action === "report.refused") count += 1;
          if (action === "report.refused.repeated") count += facts.count ?? 0;
          if (action.startsWith("report.refused"))
            reasons.push(...(facts.reason ? [facts.reason] : []), ...(facts.reasons ?? []));
        }
        return { count, reasons, rows };
      };
      const before = await refusals();
      for (const verb of [VERBS.reportSubmit, VERBS.reportDraft]) {
        const answer = await invoke(bot, megan, verb, data);
        expect(answer.status).toBe(200);
        expect(answer.card).toBeUndefined();
        expect(answer.message).toMatch(message);
      }
      await nothingStored();
      const after = await refusals();
      expect(after.count - before.count).toBe(audited ? 2 : 0);
      if (audited) {
        expect(after.reasons).toContain(audited);
        // Only ids and the reason are audited, never what the person wrote.
        expect(JSON.stringify(after.rows)).not.toContain("ååå");
      }
    },
  );

  test("when someone outside the plan submits for a unit, then they are refused and it is audited", async () => {
    const answer = await invoke(bot, stranger, VERBS.reportSubmit, valid);
    expect(answer.message).toContain("Du rapporterar inte för Hemtjänst Norsjö");
    const entries = await bot.app.services.audit.list(PLAN, 1000);
    expect(entries).toContainEqual(
      expect.objectContaining({ actor: "sam.s@example.se", action: "report.refused" }),
    );
    await nothingStored();
  });

  test("when someone outside the plan opens a unit's card, then they are refused", async () => {
    const answer = await invoke(bot, stranger, VERBS.reportOpen, {
      planId: PLAN,
      periodId: "T1",
      unitId: "htj-norsjo",
    });
    expect(answer.card).toBeUndefined();
    expect(answer.message).toContain("Du rapporterar inte för Hemtjänst Norsjö");
  });

  test("when a spoofed submit comes as the Action.Submit fallback, then the reply refuses it and nothing is stored", async () => {
    const { status } = await bot.post({
      ...personalActivity(megan, bot.connector.url),
      type: "message",
      replyToId: "card-1",
      value: { verb: VERBS.reportSubmit, ...valid, unitId: "sabo-norrgarden" },
    });
    expect(status).toBe(200);
    const reply = bot.connector.delivered.at(-1);
    expect(String(reply?.body.text)).toContain(
      "Du rapporterar inte för Särskilt boende Norrgården",
    );
    await nothingStored();
  });

  test("when the same valid data is sent, then it is stored (the cases above differ only in what they spoof)", async () => {
    const answer = await invoke(bot, megan, VERBS.reportSubmit, valid);
    expect(answer.card).toBeDefined();
    expect(await listResults(bot.app.services.store, PLAN, "T1")).toHaveLength(4);
  });
});
