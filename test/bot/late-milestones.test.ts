// A milestone not reached in its period is asked again, marked, in the activity's next report until
// a report says it is reached: Tiohundra's Kompetensförsörjning, its Q2 milestone delayed in Q2.
import fs from "node:fs";
import path from "node:path";
import { VERBS } from "../../cards/verbs";
import { importPlan } from "../../services/plan";
import { listResults } from "../../services/reporting";
import { cardText, firstCard, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import {
  actionsOf,
  inputsOf,
  invoke,
  press,
  type Card,
  filledAnswers,
} from "../support/card-actions";
import { RunningClock } from "../support/test-clocks";

const lena = testUser(1, "Lena Forsberg", "lena.forsberg@example.se");
const PLAN = "tiohundra-2025";
const ACTIVITY = "kompetensforsorjning";
const EVP = "Stärka vårt arbetsgivarvarumärke med en tydlig EVP = employer value proposition";
// Wednesday 2 July 2025: Tiohundra's Q2 is open (1–15 July).
const clock = new RunningClock("2025-07-02T08:00:00Z");

const milestoneKeys = (card: Card | undefined) =>
  Object.keys(inputsOf(card))
    .filter((key) => key.startsWith("m:") && key.endsWith(`:${ACTIVITY}`))
    .sort();

describe("a milestone not reached in its period (Tiohundra, Q2 to Q4)", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [lena],
      now: () => clock.now(),
      env: { BOT_ADMINS: "lena.forsberg@example.se" },
    });
    await loadExamplePlan(bot, "tiohundra-2025.yaml");
  });
  afterAll(() => bot.close());

  async function openCard(periodId: string): Promise<Card | undefined> {
    const picker = firstCard(await bot.say(lena, `rapportera ${periodId}`));
    const open = actionsOf(picker).find((a) => a.data.unitId === "tiohundra");
    const data = open?.data ?? { planId: PLAN, periodId, unitId: "tiohundra" };
    return (await invoke(bot, lena, VERBS.reportOpen, data)).card;
  }

  test("when Q2 is submitted with the EVP milestone delayed, then Q3's card asks it again, marked, beside Q3's own", async () => {
    const q2 = await openCard("Q2");
    const receipt = await press(
      bot,
      lena,
      q2,
      VERBS.reportSubmit,
      filledAnswers(q2, { [`m:2:${ACTIVITY}`]: "delayed" }),
    );
    expect(cardText(receipt.card)).toContain("Rapporten är inskickad");

    clock.set("2025-10-02T08:00:00Z"); // Q3 is open (1–15 October)
    const q3 = await openCard("Q3");
    // 1 was done in Q2 and is not asked again; 3 and 4 are Q3's own, 5 runs all year.
    expect(milestoneKeys(q3)).toEqual([2, 3, 4, 5].map((n) => `m:${n}:${ACTIVITY}`));
    expect(cardText(q3)).toContain(`Delmål Q2 – ännu inte rapporterat som nått: ${EVP}`);
  });

  test("when Q3 is sent with no state for the late milestone, then it is refused by name and nothing is stored", async () => {
    const q3 = await openCard("Q3");
    const refused = await press(
      bot,
      lena,
      q3,
      VERBS.reportSubmit,
      filledAnswers(q3, { [`m:2:${ACTIVITY}`]: "" }),
    );
    expect(cardText(refused.card)).toContain(`”${EVP}”`);
    expect(await listResults(bot.app.services.store, PLAN, "Q3")).toEqual([]);
  });

  test("when Q3 says the late milestone is still delayed, then the summary lists it as not reached; when Q4 comes it is asked again", async () => {
    const q3 = await openCard("Q3");
    await press(
      bot,
      lena,
      q3,
      VERBS.reportSubmit,
      filledAnswers(q3, { [`m:2:${ACTIVITY}`]: "delayed" }),
    );
    const stored = await listResults(bot.app.services.store, PLAN, "Q3");
    expect(stored.find((r) => r.itemId === ACTIVITY)?.milestoneStates).toMatchObject({
      "2": "delayed",
    });
    const { card: area } = await invoke(bot, lena, VERBS.summaryArea, {
      planId: PLAN,
      periodId: "Q3",
      areaId: "strategiska-uppdrag",
      page: 0,
    });
    expect(cardText(area)).toContain(`⚑ Delmål Q2 ej nått: ${EVP}`);

    clock.set("2026-01-08T08:00:00Z"); // Q4 is open
    expect(milestoneKeys(await openCard("Q4"))).toContain(`m:2:${ACTIVITY}`);
  });

  test("when Q4 says the late milestone is reached, then it is stored as done", async () => {
    const q4 = await openCard("Q4");
    await press(bot, lena, q4, VERBS.reportSubmit, filledAnswers(q4, {}));
    const stored = await listResults(bot.app.services.store, PLAN, "Q4");
    expect(stored.find((r) => r.itemId === ACTIVITY)?.milestoneStates).toMatchObject({
      "2": "done",
    });
  });
});

describe("a late milestone on a role's card (Tiohundra's Kompetensförsörjning reported by HR)", () => {
  let bot: BotHarness;
  const anders = testUser(2, "Anders Wik", "anders.wik@example.se");
  const roleClock = new RunningClock("2025-07-02T08:00:00Z");
  const KEY = `tiohundra/${ACTIVITY}`;

  /** Tiohundra's plan with an HR role that reports Kompetensförsörjning for Tiohundra AB. */
  function withHr(): Buffer {
    const file = path.resolve(__dirname, "..", "..", "plans", "examples", "tiohundra-2025.yaml");
    const text = fs.readFileSync(file, "utf8");
    const activity = "          - id: kompetensforsorjning\n";
    if (!text.includes(activity) || !text.includes("\nunits:\n")) {
      throw new Error("Tiohundra's plan has moved");
    }
    return Buffer.from(
      text
        .replace(
          "\nunits:\n",
          "\nroles:\n  - { id: HR, people: [anders.wik@example.se] }\nunits:\n",
        )
        .replace(activity, `${activity}            reporterRole: HR\n`),
    );
  }

  beforeAll(async () => {
    bot = await startBot({ users: [anders], now: () => roleClock.now() });
    const result = await importPlan(
      bot.app.services.store,
      { fileName: "tiohundra-2025.yaml", content: withHr() },
      { actor: "test" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await bot.app.services.settings.setActivePlanId(PLAN, "test");
  });
  afterAll(() => bot.close());

  test("when HR reports the EVP milestone delayed in Q2, then HR's Q3 card asks it again for Tiohundra AB, marked", async () => {
    const q2 = firstCard(await bot.say(anders, "rapportera Q2 HR"));
    const receipt = await press(
      bot,
      anders,
      q2,
      VERBS.roleReportSubmit,
      filledAnswers(q2, { [`m:2:${KEY}`]: "delayed" }),
    );
    expect(cardText(receipt.card)).toContain("Inskickad");

    roleClock.set("2025-10-02T08:00:00Z"); // Q3 is open
    const q3 = firstCard(await bot.say(anders, "rapportera Q3 HR"));
    const keys = Object.keys(inputsOf(q3)).filter((key) => key.startsWith("m:"));
    expect(keys.sort()).toEqual([2, 3, 4, 5].map((n) => `m:${n}:${KEY}`));
    expect(cardText(q3)).toContain(`Delmål Q2 – ännu inte rapporterat som nått: ${EVP}`);
  });
});
