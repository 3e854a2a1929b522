// Reporters by role and deputies, through the bot's HTTP endpoint: Norsjö with sjukfrånvaro
// reported by HR (as the seed says), HR's one card with a row per unit, the unit chefs not asked,
// a deputy who reports while the chef is away, and who is reminded.
import { VERBS } from "../../cards/verbs";
import { importPlan } from "../../services/plan";
import { listResults } from "../../services/reporting";
import { loadPeriodSummary } from "../../services/summary/load-summary";
import { DeputyDirectory } from "../../services/deputies/deputy-directory";
import {
  cardText,
  firstCard,
  startBot,
  testUser,
  type BotHarness,
  type TestUser,
} from "../support/bot-harness";
import { actionsOf, inputsOf, invoke, press } from "../support/card-actions";
import { install } from "../support/reminder-harness";
import { norsjoWithHrSickLeave } from "../support/plans";
import { RunningClock } from "../support/test-clocks";
import { submitAs } from "../support/reports";

const PLAN = "norsjo-omsorg-2025";
const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se"); // htj-norsjo, htj-bastutrask
const adele = testUser(3, "Adele Vance", "adele.v@example.se"); // sabo-norrgarden
const isaiah = testUser(4, "Isaiah Langer", "isaiah.l@example.se"); // sabo-alvgarden
const hanna = testUser(5, "Hanna Holm", "hanna.hr@example.se"); // HR
// Wednesday 7 May 2025, 12:00 in Stockholm: Norsjö's T1 is open (2–16 May).
const clock = new RunningClock("2025-05-07T10:00:00Z");

function remindersTo(bot: BotHarness, user: TestUser): string[] {
  return bot.connector
    .deliveredTo(user.conversationId)
    .filter((call) => call.kind === "send" && cardText(call.body).includes("Rapportera nu"))
    .map((call) => cardText(call.body));
}

describe("reporters by role and deputies (Norsjö T1, sjukfrånvaro by HR)", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan, adele, isaiah, hanna],
      now: () => clock.now(),
      env: { BOT_ADMINS: "admin@example.se" },
    });
    const result = await importPlan(
      bot.app.services.store,
      { fileName: "norsjo-omsorg-2025.yaml", content: norsjoWithHrSickLeave() },
      { actor: "test" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await bot.app.services.settings.setActivePlanId(PLAN, "test");
  });
  afterAll(() => bot.close());

  test("when megan.b opens her unit's T1 report, then sjukfrånvaro is not asked of her", async () => {
    const picker = firstCard(await bot.say(megan, "rapportera T1"));
    const open = actionsOf(picker).find((a) => a.data.unitId === "htj-norsjo");
    const { card } = await press(
      bot,
      megan,
      picker,
      VERBS.reportOpen,
      open?.data as Record<string, string>,
    );
    expect(cardText(card)).toContain("Rapport Tertial 1: Hemtjänst Norsjö");
    expect(Object.keys(inputsOf(card))).toContain("v:budgetavvikelse");
    expect(Object.keys(inputsOf(card))).not.toContain("v:sjukfranvaro");
    expect(cardText(card)).not.toContain("Sjukfrånvaro");
  });

  test("when HR has not reported yet, then the stored summary names HR among the missing, with Hanna Holm", async () => {
    const { summary } = await loadPeriodSummary(bot.app.services, PLAN, "T1");
    expect(summary.missingRoles.map((role) => [role.roleId, role.people])).toEqual([
      ["HR", ["Hanna Holm"]],
    ]);
  });

  test("when HR reports sjukfrånvaro, then one card has a row per unit, a wrong value is refused beside its field with the draft kept, and the corrected submit stores every unit's value with who reported it", async () => {
    const card = firstCard(await bot.say(hanna, "rapportera"));
    const text = cardText(card);
    expect(text).toContain("Rapport Tertial 1: HR");
    expect(text).toContain("HR rapporterar för 4 enheter");
    for (const unit of [
      "Hemtjänst Norsjö",
      "Hemtjänst Bastuträsk",
      "Särskilt boende Norrgården",
      "Särskilt boende Älvgården",
    ]) {
      expect(text).toContain(unit);
    }
    const inputs = Object.keys(inputsOf(card)).filter((key) => key.startsWith("v:"));
    expect(inputs.sort()).toEqual([
      "v:htj-bastutrask/sjukfranvaro",
      "v:htj-norsjo/sjukfranvaro",
      "v:sabo-alvgarden/sjukfranvaro",
      "v:sabo-norrgarden/sjukfranvaro",
    ]);

    const invalid = await press(bot, hanna, card, VERBS.roleReportSubmit, {
      "v:htj-norsjo/sjukfranvaro": "5,9",
      "v:htj-bastutrask/sjukfranvaro": "6,1",
      "v:sabo-norrgarden/sjukfranvaro": "sex",
      "v:sabo-alvgarden/sjukfranvaro": "6,8",
    });
    const invalidText = cardText(invalid.card);
    expect(invalidText).toContain("behöver rättas");
    expect(invalidText).toContain("”sex” kunde inte läsas som ett tal");
    expect(inputsOf(invalid.card)["v:sabo-norrgarden/sjukfranvaro"]).toBe("sex");
    expect(await listResults(bot.app.services.store, PLAN, "T1")).toEqual([]);

    // The draft is kept: opening the card again shows what was typed.
    const reopened = firstCard(await bot.say(hanna, "rapportera T1 HR"));
    expect(inputsOf(reopened)["v:htj-bastutrask/sjukfranvaro"]).toBe("6,1");

    const receipt = await press(bot, hanna, invalid.card, VERBS.roleReportSubmit, {
      "v:sabo-norrgarden/sjukfranvaro": "6,0",
      "c:sabo-alvgarden/sjukfranvaro": "Långtidssjukskrivningar under våren.",
    });
    expect(cardText(receipt.card)).toMatch(/Inskickad .* av Hanna Holm \(version 1\)/);
    const results = await listResults(bot.app.services.store, PLAN, "T1");
    expect(
      results.map((r) => [r.unitId, r.itemId, r.value, r.status, r.byName, r.role]).sort(),
    ).toEqual([
      ["htj-bastutrask", "sjukfranvaro", "6,1", "green", "Hanna Holm", "HR"],
      ["htj-norsjo", "sjukfranvaro", "5,9", "green", "Hanna Holm", "HR"],
      ["sabo-alvgarden", "sjukfranvaro", "6,8", "yellow", "Hanna Holm", "HR"],
      ["sabo-norrgarden", "sjukfranvaro", "6,0", "green", "Hanna Holm", "HR"],
    ]);

    // A second submit from the card shown before is refused as stale: nothing is lost.
    const stale = await press(bot, hanna, invalid.card, VERBS.roleReportSubmit, {
      "v:htj-norsjo/sjukfranvaro": "9,9",
    });
    expect(cardText(stale.card)).toContain("Någon annan skickade in");
    const after = await listResults(bot.app.services.store, PLAN, "T1");
    expect(after.find((r) => r.unitId === "htj-norsjo")?.value).toBe("5,9");

    // The summary counts HR's values though no unit has submitted, and says who reported them.
    const summary = await loadPeriodSummary(bot.app.services, PLAN, "T1");
    const reported = summary.results.filter((r) => r.itemId === "sjukfranvaro");
    expect(reported.map((r) => r.by)).toEqual([
      "Hanna Holm",
      "Hanna Holm",
      "Hanna Holm",
      "Hanna Holm",
    ]);
  });

  test("when HR presses a reminder's Rapportera nu (plan and period only), then HR's card opens, and the summary's drill-down names who reported each unit's value", async () => {
    const opened = await invoke(bot, hanna, VERBS.reportOpen, { planId: PLAN, periodId: "T1" });
    expect(cardText(opened.card)).toContain("Rapport Tertial 1: HR");
    const detail = await invoke(bot, admin, VERBS.summaryIndicator, {
      planId: PLAN,
      periodId: "T1",
      itemId: "sjukfranvaro",
    });
    expect(cardText(detail.card)).toContain("Hemtjänst Norsjö (Hanna Holm)");
  });

  test("when megan.b sends HR's card data for her unit, then she is refused and nothing is stored", async () => {
    const refused = await invoke(bot, megan, VERBS.roleReportSubmit, {
      planId: PLAN,
      periodId: "T1",
      unitId: "HR",
      version: 1,
      page: 0,
      "v:htj-norsjo/sjukfranvaro": "1",
    });
    expect(refused.message ?? "").toContain("Du ingår inte i rollen HR");
    const results = await listResults(bot.app.services.store, PLAN, "T1");
    expect(results.find((r) => r.unitId === "htj-norsjo")?.value).toBe("5,9");
  });

  test("when an admin names adele.v deputy for Hemtjänst Norsjö, then she may report for it while it lasts, audited as Adele för Megan, and ersättare lists her", async () => {
    const [confirmation] = await bot.say(
      admin,
      "ersättare Hemtjänst Norsjö adele.v@example.se till 2025-05-20",
    );
    expect(cardText(firstCard([confirmation!]))).toContain("Ersättare för Hemtjänst Norsjö");
    const [list] = await bot.say(admin, "ersättare");
    expect(list?.text).toContain("Hemtjänst Norsjö: Adele Vance (adele.v@example.se)");

    const card = firstCard(await bot.say(adele, "rapportera T1 Hemtjänst Norsjö"));
    expect(cardText(card)).toContain("Rapport Tertial 1: Hemtjänst Norsjö");
    const receipt = await press(bot, adele, card, VERBS.reportSubmit, {
      "v:budgetavvikelse": "0,1",
      "v:heltidsanstallda": "80",
      "s:fast-omsorgskontakt": "inProgress",
    });
    expect(cardText(receipt.card)).toContain("Rapporten är inskickad");
    const results = await listResults(bot.app.services.store, PLAN, "T1");
    expect(
      results.find((r) => r.unitId === "htj-norsjo" && r.itemId === "budgetavvikelse"),
    ).toMatchObject({
      by: "adele.v@example.se",
      byName: "Adele Vance för Megan Bowen",
    });
    const audit = await bot.app.services.audit.list(PLAN);
    expect(audit.some((entry) => entry.action === "report.submitAsDeputy")).toBe(true);
  });

  test("when the deputy's last day has passed, then the directory no longer lets adele.v report for Hemtjänst Norsjö", async () => {
    const { store, audit } = bot.app.services;
    const on = (iso: string) =>
      new DeputyDirectory(store, audit, () => new Date(iso), "Europe/Stockholm");
    // 20 May is her last day, Stockholm time: 23:30 on the 20th still counts, 00:30 on the 21st not.
    expect([
      ...(await on("2025-05-20T21:30:00Z").unitsCoveredBy(PLAN, ["adele.v@example.se"])),
    ]).toEqual(["htj-norsjo"]);
    expect([
      ...(await on("2025-05-20T22:30:00Z").unitsCoveredBy(PLAN, ["adele.v@example.se"])),
    ]).toEqual([]);
  });

  test("when megan.b is away with isaiah.l as her deputy, then a reminder reaches isaiah.l for her units, none reaches megan.b, and HR, which has submitted, gets none", async () => {
    const [reply] = await bot.say(megan, "frånvarande till 30 maj ersättare isaiah.l@example.se");
    expect(cardText(firstCard([reply!]))).toContain("Frånvarande till");
    const [bad] = await bot.say(
      megan,
      "frånvarande till 31 februari ersättare isaiah.l@example.se",
    );
    expect(bad?.text).toContain("Datumet ”31 februari” finns inte");

    for (const user of [admin, megan, isaiah, hanna]) await install(bot, user);
    // HR has submitted: the reminder to those missing leaves HR out; a fresh role would be in it.
    await bot.say(admin, "påminn T1");
    await bot.app.services.reminders.idle();
    expect(remindersTo(bot, megan)).toEqual([]);
    const toIsaiah = remindersTo(bot, isaiah);
    expect(toIsaiah).toHaveLength(1);
    expect(toIsaiah[0]).toContain("Hemtjänst Bastuträsk");
    expect(remindersTo(bot, hanna)).toEqual([]);
  });

  test("when a deputy is named with no last day, then the confirmation and the list say tills vidare, never till tills vidare", async () => {
    const [confirmation] = await bot.say(
      admin,
      "ersättare Hemtjänst Bastuträsk hanna.hr@example.se",
    );
    const card = cardText(firstCard([confirmation!]));
    expect(card).toContain("Hanna Holm, tills vidare");
    const [list] = await bot.say(admin, "ersättare");
    expect(list?.text).toContain(
      "Hemtjänst Bastuträsk: Hanna Holm (hanna.hr@example.se), tills vidare",
    );
    expect(list?.text).toContain("Hemtjänst Norsjö: Adele Vance (adele.v@example.se), till ");
    expect(`${card}\n${list?.text ?? ""}`).not.toContain("till tills vidare");
  });

  test("when the unit submits its own report and HR then changes the unit's sjukfrånvaro, then the summary has HR's new value once, not the value the unit's report row copied", async () => {
    await submitAs(
      bot,
      { upn: "megan.b@example.se", name: "Megan Bowen" },
      {
        planId: PLAN,
        periodId: "T1",
        unitId: "htj-bastutrask",
        answers: {
          budgetavvikelse: { value: "0,3" },
          heltidsanstallda: { value: "40" },
          "fast-omsorgskontakt": { state: "inProgress" },
        },
      },
    );
    const card = firstCard(await bot.say(hanna, "rapportera T1 HR"));
    const receipt = await press(bot, hanna, card, VERBS.roleReportSubmit, {
      "v:htj-bastutrask/sjukfranvaro": "6,3",
    });
    expect(cardText(receipt.card)).toMatch(/Inskickad .* av Hanna Holm \(version 2\)/);
    const summary = await loadPeriodSummary(bot.app.services, PLAN, "T1");
    const sickLeave = summary.results.filter(
      (r) => r.unitId === "htj-bastutrask" && r.itemId === "sjukfranvaro",
    );
    expect(sickLeave.map((r) => [r.value, r.by])).toEqual([[6.3, "Hanna Holm"]]);
    expect(summary.summary.missingRoles).toEqual([]);
  });

  test("when an admin removes a deputy, then a unit with two asks which one, the named one is gone from the list and may no longer report, the removal is audited, and removing it again says there is none", async () => {
    const { store, audit } = bot.app.services;
    const directory = new DeputyDirectory(store, audit, () => clock.now(), "Europe/Stockholm");
    // Hemtjänst Norsjö has Adele (named by the admin) and Isaiah (megan.b's absence).
    const [which] = await bot.say(admin, "ersättare ta bort Hemtjänst Norsjö");
    expect(which?.text).toContain("Hemtjänst Norsjö har 2 ersättare");
    expect([...(await directory.unitsCoveredBy(PLAN, ["adele.v@example.se"]))]).toEqual([
      "htj-norsjo",
    ]);

    const [removed] = await bot.say(admin, "ersättare ta bort Hemtjänst Norsjö adele.v@example.se");
    expect(cardText(firstCard([removed!]))).toContain("Ersättare borttagen för Hemtjänst Norsjö");
    const [list] = await bot.say(admin, "ersättare");
    expect(list?.text).not.toContain("Adele Vance");
    expect(list?.text).toContain("Hemtjänst Norsjö: Isaiah Langer");
    expect([...(await directory.unitsCoveredBy(PLAN, ["adele.v@example.se"]))]).toEqual([]);
    const entries = await audit.list(PLAN);
    expect(entries.find((entry) => entry.action === "deputy.remove")).toMatchObject({
      actor: "admin@example.se",
      before: { unitId: "htj-norsjo", deputy: "adele.v@example.se" },
    });

    const [again] = await bot.say(admin, "ersättare ta bort Hemtjänst Norsjö adele.v@example.se");
    expect(again?.text).toContain(
      "Hemtjänst Norsjö har ingen ersättare adele.v@example.se just nu",
    );
  });

  test("when megan.b ends her absence early, then she is no longer away, isaiah.l no longer covers her units, the deputy the admin named stays, and ending it again says there is nothing to end", async () => {
    const { store, audit } = bot.app.services;
    const directory = new DeputyDirectory(store, audit, () => clock.now(), "Europe/Stockholm");
    const [ended] = await bot.say(megan, "frånvarande slut");
    expect(cardText(firstCard([ended!]))).toContain("Frånvaron är avslutad");
    expect(cardText(firstCard([ended!]))).toContain("Isaiah Langer påminns inte längre");
    expect([...(await directory.absentToday(PLAN))]).not.toContain("megan.b@example.se");
    expect([...(await directory.unitsCoveredBy(PLAN, ["isaiah.l@example.se"]))]).toEqual([]);
    expect([...(await directory.unitsCoveredBy(PLAN, ["hanna.hr@example.se"]))]).toEqual([
      "htj-bastutrask",
    ]);
    const actions = (await audit.list(PLAN)).map((entry) => entry.action);
    expect(actions).toContain("absence.end");

    const [again] = await bot.say(megan, "frånvarande slut");
    expect(again?.text).toContain("Du står inte som frånvarande");
  });
});
