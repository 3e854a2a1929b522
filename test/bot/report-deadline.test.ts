import { VERBS } from "../../cards/verbs";
import { readUnitState } from "../../services/reporting";
import { cardText, firstCard, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import {
  actionsOf,
  inputsOf,
  invoke,
  press,
  type Card,
} from "../services/reporting/report-fixtures";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const PLAN = "norsjo-omsorg-2025";
let now = new Date("2025-05-09T08:00:00Z");

const answers = {
  "v:sjukfranvaro": "6,2",
  "v:budgetavvikelse": "0",
  "v:heltidsanstallda": "80",
  "s:fast-omsorgskontakt": "done",
};

describe("a report before and after its deadline", () => {
  let bot: BotHarness;
  let form: Card | undefined;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan],
      now: () => now,
      env: { BOT_ADMINS: "admin@example.se" },
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    form = firstCard(await bot.say(megan, "rapportera T1 Hemtjänst Norsjö"));
    await press(bot, megan, form, VERBS.reportSubmit, answers);
  });
  afterAll(() => bot.close());

  const version = async () =>
    (await readUnitState(bot.app.services.store, PLAN, "T1", "htj-norsjo")).report?.version;

  test("when megan.b changes her report on the last evening, then it is submitted again", async () => {
    now = new Date("2025-05-16T20:30:00Z"); // 22:30 in Stockholm, deadline day
    const card = firstCard(await bot.say(megan, "rapportera T1 Hemtjänst Norsjö"));
    expect(cardText(card)).toContain(
      "Inskickad fredag 9 maj 2025 kl. 10:00 av Megan Bowen (version 1)",
    );
    const receipt = await press(bot, megan, card, VERBS.reportSubmit, { "v:sjukfranvaro": "6,3" });
    expect(cardText(receipt.card)).toContain("(version 2)");
    form = card;
  });

  test("when the deadline has passed, then the card is read-only and says so", async () => {
    now = new Date("2025-05-16T22:00:00Z"); // midnight in Stockholm
    const card = firstCard(await bot.say(megan, "rapportera T1 Hemtjänst Norsjö"));
    const text = cardText(card);
    expect(text).toContain("(stängd)");
    expect(text).toContain(
      "Sista dag för Tertial 1 var fredag 16 maj 2025, så rapporten är stängd",
    );
    expect(text).toContain("✔ Grön · 6,3\u00a0%");
    expect(inputsOf(card)).toEqual({});
    expect(actionsOf(card)).toEqual([]);
  });

  test.each([VERBS.reportSubmit, VERBS.reportDraft])(
    "when an old card sends %s after the deadline, then it is refused and nothing changes",
    async (verb) => {
      const answer = await press(bot, megan, form, verb, { "v:sjukfranvaro": "5,0" });
      expect(answer.card).toBeUndefined();
      expect(answer.message).toContain("rapporten är stängd");
      expect(answer.message).toContain("Inget sparades");
      expect(await version()).toBe(2);
    },
  );

  test("when a reporter tries to reopen, then only admins may", async () => {
    const [reply] = await bot.say(megan, "öppna rapport T1 Hemtjänst Norsjö");
    expect(reply?.text).toContain("kan bara administratörer använda");
  });

  test("when an admin reopens T1 for the unit, then it is confirmed, audited, and megan.b can submit until the fifth working day", async () => {
    const card = firstCard(await bot.say(admin, "öppna rapport T1 Hemtjänst Norsjö"));
    expect(cardText(card)).toContain("Tertial 1 öppnad igen för Hemtjänst Norsjö");
    // Saturday 17 May: five working days on is Friday 23 May.
    expect(cardText(card)).toContain("fredag 23 maj 2025 kl. 23:59");
    const entries = await bot.app.services.audit.list(PLAN);
    expect(entries).toContainEqual(
      expect.objectContaining({
        actor: "admin@example.se",
        action: "report.reopen",
        after: expect.objectContaining({ periodId: "T1", unitId: "htj-norsjo" }),
      }),
    );

    const reopened = firstCard(await bot.say(megan, "rapportera T1 Hemtjänst Norsjö"));
    expect(cardText(reopened)).toContain("Öppnad igen av en administratör till fredag 23 maj 2025");
    const receipt = await press(bot, megan, reopened, VERBS.reportSubmit, {
      "v:sjukfranvaro": "5,0",
    });
    expect(cardText(receipt.card)).toContain("(version 3)");

    now = new Date("2025-05-23T22:00:00Z");
    const answer = await press(bot, megan, reopened, VERBS.reportDraft, {});
    expect(answer.message).toContain("rapporten är stängd");
  });

  test.each([
    ["öppna rapport T1", /Ange period och enhet/],
    ["öppna rapport T1 Hemtjänst Okänd", /Hemtjänst Okänd/],
    ["öppna rapport T2 Hemtjänst Norsjö", /Tertial 2 är inte stängd/],
  ])("when an admin writes %j, then it is refused with what to write", async (text, expected) => {
    const [reply] = await bot.say(admin, text);
    expect(reply?.text).toMatch(expected);
  });

  test("when a receipt's Ändra is pressed after the deadline, then the read-only card opens", async () => {
    const { card } = await invoke(bot, megan, VERBS.reportOpen, {
      planId: PLAN,
      periodId: "T1",
      unitId: "htj-norsjo",
    });
    expect(cardText(card)).toContain("(stängd)");
    expect(inputsOf(card)).toEqual({});
  });
});
