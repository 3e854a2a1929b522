import { CARD_ACTIONS } from "../../bot/card-actions";
import { VERBS } from "../../cards/verbs";
import { ACCESS } from "../../services/access";
import {
  startBot,
  testUser,
  personalActivity,
  cardText,
  type BotHarness,
} from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const PLAN = "norsjo-omsorg-2025";
// 12 May 2025: Norsjö's T1 is open (2–16 May).
const now = () => new Date("2025-05-12T09:00:00Z");

function invoke(bot: BotHarness, verb: string, data: unknown) {
  return bot.post({
    ...personalActivity(admin, bot.connector.url),
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data } },
  });
}

describe("the card action table", () => {
  test("when every verb is listed, then each has a row with an access the policy knows", () => {
    expect(Object.keys(CARD_ACTIONS).sort()).toEqual(Object.values(VERBS).sort());
    for (const spec of Object.values(CARD_ACTIONS)) expect(ACCESS).toContain(spec.access);
  });
});

describe("card actions", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [admin], env: { BOT_ADMINS: "admin@example.se" }, now });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when an Action.Execute comes, then the handler's card is the invoke response", async () => {
    const { status, body } = await invoke(bot, VERBS.reportOpen, {
      planId: PLAN,
      periodId: "T1",
      unitId: "htj-norsjo",
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
    });
    expect(cardText((body as { value: unknown }).value)).toContain("Hemtjänst Norsjö");
  });

  test("when the handler refuses, then the person gets its Swedish message", async () => {
    const { body } = await invoke(bot, VERBS.reportOpen, {
      planId: PLAN,
      periodId: "T9",
      unitId: "htj-norsjo",
    });
    expect(body).toMatchObject({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: expect.stringContaining("Perioden T9 finns inte"),
    });
  });

  test("when the verb is unknown, then the person is told the card is no longer known", async () => {
    const { body } = await invoke(bot, "no.such.verb", {});
    expect((body as { value: string }).value).toContain("Det kortet känner jag inte igen");
  });

  test("when an Action.Submit comes as a message with a value, then the card it answers is updated in place", async () => {
    const { status } = await bot.post({
      ...personalActivity(admin, bot.connector.url),
      type: "message",
      replyToId: "card-activity-1",
      value: { verb: VERBS.reportOpen, planId: PLAN, periodId: "T1", unitId: "sabo-alvgarden" },
    });
    expect(status).toBe(200);
    const [update] = bot.connector.calls.filter((c) => c.kind === "update");
    expect(update?.activityId).toBe("card-activity-1");
    expect(cardText(update?.body)).toContain("Älvgården");
  });
});
