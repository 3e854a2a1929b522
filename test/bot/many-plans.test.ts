// Issue 14, "many plans at once", through the bot's HTTP endpoint with the fake connector: two plans
// of one organisation (Norsjö Omsorg and IFO) reminded, reported and summarised side by side, one
// reminder naming both to a person with units in both, an ambiguous admin command refused with the
// choices; and Norrköping's 2024 Helår in February beside its 2025 plan, imported after it.
import fs from "node:fs";
import path from "node:path";
import { VERBS } from "../../cards/verbs";
import { importPlan, type Plan } from "../../services/plan";
import {
  CHANNEL,
  cardText,
  channelActivity,
  firstCard,
  startBot,
  testUser,
  type Activity,
  type BotHarness,
  type TestUser,
} from "../support/bot-harness";
import type { RecordedCall } from "../support/fake-connector";
import { actionsOf, invoke } from "../support/card-actions";
import { install } from "../support/reminder-harness";
import { submitAs } from "../support/reports";
import { RunningClock } from "../support/test-clocks";

const root = path.resolve(__dirname, "..", "..");

async function load(bot: BotHarness, file: string): Promise<Plan> {
  const fileName = path.basename(file);
  const content = fs.readFileSync(path.join(root, file));
  const result = await importPlan(bot.app.services.store, { fileName, content }, { actor: "test" });
  if (!result.ok) throw new Error(`${file} did not import: ${JSON.stringify(result.errors)}`);
  await bot.app.services.settings.setActivePlanId(result.plan.id, "test");
  return result.plan;
}

function cardOf(call: RecordedCall): Record<string, unknown> | undefined {
  const attachments = call.body.attachments as { content?: Record<string, unknown> }[] | undefined;
  return attachments?.[0]?.content;
}

function reminderCards(bot: BotHarness, user: TestUser): Record<string, unknown>[] {
  return bot.connector
    .deliveredTo(user.conversationId)
    .filter((call) => call.kind !== "update")
    .map(cardOf)
    .filter((card): card is Record<string, unknown> => card !== undefined)
    .filter((card) => cardText(card).includes("Rapportera nu"));
}

/** The card's buttons (not its refresh) as their verb and data, flat. */
function executeData(card: unknown): Record<string, unknown>[] {
  const body = (card as { body?: unknown } | undefined)?.body;
  return actionsOf({ body }).map((action) => ({ verb: action.verb, ...action.data }));
}

const SECOND_CHANNEL = { id: "19:channel-ifo@thread.tacv2", name: "Ledning IFO" };

function inChannel(
  bot: BotHarness,
  user: TestUser,
  text: string,
  channel: { id: string; name: string } = CHANNEL,
): Record<string, unknown> {
  const activity = channelActivity(user, bot.connector.url, text);
  return {
    ...activity,
    deliveryMode: "expectReplies",
    conversation: {
      ...(activity.conversation as object),
      id: `${channel.id};messageid=1700000000001`,
    },
    channelData: { ...(activity.channelData as object), channel },
  };
}

async function channelReply(
  bot: BotHarness,
  activity: Record<string, unknown>,
): Promise<Activity[]> {
  const { body } = await bot.post(activity);
  return ((body as { activities?: Activity[] } | undefined)?.activities ?? []) as Activity[];
}

function postsTo(bot: BotHarness, conversationId: string): RecordedCall[] {
  return bot.connector.calls.filter(
    (c) => c.conversationId === conversationId && c.kind === "send" && c.status < 300,
  );
}

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const lee = testUser(3, "Lee Gu", "lee.g@example.se");
const ifoAdmin = testUser(4, "Ivar Ifo", "ivar.ifo@example.se");
const nora = testUser(5, "Nora Nord", "nora.n@example.se");
const OMSORG = "norsjo-omsorg-2025";
const IFO = "norsjo-ifo-2025";
// T1 2025 with the default calendar in both plans: opens Fri 2 May, deadline Fri 16 May, 09:00.
const OPENING = "2025-05-02T07:00:30Z";
// After both deadlines (IFO's is moved to 23 May below).
const AFTER_T1 = "2025-05-26T09:00:00Z";

describe("two plans of one organisation, side by side", () => {
  let bot: BotHarness;
  const clock = new RunningClock(OPENING);

  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan, lee, ifoAdmin, nora],
      env: {
        BOT_ADMINS: "admin@example.se,ivar.ifo@example.se,nora.n@example.se",
        BOT_LOCALE: "sv",
      },
      now: () => clock.now(),
    });
    await load(bot, "plans/examples/norsjo-omsorg-2025.yaml");
    await load(bot, "test/fixtures/plans/norsjo-ifo-2025.yaml");
    for (const user of [admin, megan, lee]) await install(bot, user);
  });
  afterAll(() => bot.close());

  test("when T1 opens in both plans, then megan.b gets one reminder naming both plans, with a button per unit of each, and lee.g one for IFO", async () => {
    const result = await bot.app.services.reminders.runDue();
    expect(result).toMatchObject({ ran: true, due: 2 });
    const cards = reminderCards(bot, megan);
    expect(cards).toHaveLength(1);
    const text = cardText(cards[0]);
    expect(text).toContain("Dags att rapportera: Tertial 1");
    expect(text).toContain("Verksamhetsplan 2025 IFO");
    expect(text).toContain("Verksamhetsplan 2025 Omsorg");
    expect(text).toContain("Hemtjänst Norsjö");
    expect(text).toContain("IFO Mottagning");
    expect(executeData(cards[0])).toEqual(
      expect.arrayContaining([
        { verb: VERBS.reportOpen, planId: IFO, periodId: "T1", unitId: "ifo-mottagning" },
        { verb: VERBS.reportOpen, planId: OMSORG, periodId: "T1", unitId: "htj-norsjo" },
        { verb: VERBS.reportOpen, planId: OMSORG, periodId: "T1", unitId: "htj-bastutrask" },
      ]),
    );
    const leeCards = reminderCards(bot, lee);
    expect(leeCards).toHaveLength(1);
    expect(cardText(leeCards[0])).toContain("IFO Familjestöd");
    expect(cardText(leeCards[0])).not.toContain("Omsorg");
    // Never twice: another tick sends nothing more.
    await bot.app.services.reminders.runDue();
    expect(reminderCards(bot, megan)).toHaveLength(1);
  });

  test("when megan.b writes rapportera, then she sees her open reports in both plans, each card naming its plan", async () => {
    const replies = await bot.say(megan, "rapportera");
    const titles = replies.map((reply) => cardText(firstCard([reply])));
    expect(titles).toHaveLength(2);
    expect(titles.join("\n")).toContain("Rapportera Tertial 1 · Verksamhetsplan 2025 IFO");
    expect(titles.join("\n")).toContain("Rapportera Tertial 1 · Verksamhetsplan 2025 Omsorg");
    expect(titles.join("\n")).toContain("IFO Mottagning");
    expect(titles.join("\n")).toContain("Hemtjänst Bastuträsk");
  });

  test("when an admin command could mean either plan and none is chosen, then it is refused with a button per plan and nothing changes", async () => {
    const [reply] = await bot.say(admin, "deadline T1 2025-05-23");
    expect(reply?.text).toContain("Det finns flera planer att arbeta med");
    const card = firstCard(reply ? [reply] : []);
    expect(cardText(card)).toContain("Vilken plan?");
    expect(executeData(card)).toEqual([
      expect.objectContaining({ verb: VERBS.planChoose, planId: IFO, purpose: "work" }),
      expect.objectContaining({ verb: VERBS.planChoose, planId: OMSORG, purpose: "work" }),
    ]);
    const [periods] = await bot.say(admin, "planer");
    expect(cardText(firstCard(periods ? [periods] : []))).toContain("▶ Öppen: Tertial 1");
    const jobs = await bot.app.services.store.table("ReminderJobs").partition(IFO);
    expect(jobs.find((job) => job.periodId === "T1" && job.stepKey === "deadline")?.at).toBe(
      "2025-05-16T07:00:00.000Z",
    );
  });

  test("when the admin chooses a plan with plan <namn>, then the commands work on it and every confirmation names it", async () => {
    const [chosen] = await bot.say(admin, "plan ifo");
    expect(cardText(firstCard(chosen ? [chosen] : []))).toContain("Din plan är vald");
    const [reply] = await bot.say(admin, "deadline T1 2025-05-23");
    const text = cardText(firstCard(reply ? [reply] : []));
    expect(text).toContain("Plan: Verksamhetsplan 2025 IFO");
    expect(text).toContain("23 maj 2025");
  });

  test("when an admin limited to IFO acts on the Omsorg plan, then the policy refuses and says why", async () => {
    const [set] = await bot.say(
      admin,
      "admin förvaltning Individ- och familjeomsorg ivar.ifo@example.se",
    );
    expect(cardText(firstCard(set ? [set] : []))).toContain("Individ- och familjeomsorg");
    const [refused] = await bot.say(ifoAdmin, `plan ${OMSORG}`);
    expect(refused?.text).toContain("hör inte till någon förvaltning");
    expect(refused?.text).toContain("Individ- och familjeomsorg");
    // With only IFO theirs, nothing is ambiguous for them.
    const [periods] = await bot.say(ifoAdmin, "ansvariga");
    expect(cardText(firstCard(periods ? [periods] : []))).toContain("IFO Mottagning");
  });

  test("when ledningskanal is written in two channels, then each plan gets its own, and after the deadline each summary is posted in its plan's channel", async () => {
    // An admin who chose no plan, while neither plan has a channel: asked which, nothing set.
    const asked = await channelReply(bot, inChannel(bot, nora, "ledningskanal"));
    expect(cardText(firstCard(asked))).toContain("Flera planer saknar ledningskanal");
    expect(executeData(firstCard(asked))).toEqual([
      expect.objectContaining({ verb: VERBS.planChoose, planId: IFO, purpose: "channel" }),
      expect.objectContaining({ verb: VERBS.planChoose, planId: OMSORG, purpose: "channel" }),
    ]);
    expect(await bot.app.services.settings.plans.channels()).toEqual({});
    // The admin works on IFO: this channel becomes IFO's.
    const ifoReply = await channelReply(
      bot,
      inChannel(bot, admin, "ledningskanal", SECOND_CHANNEL),
    );
    expect(cardText(firstCard(ifoReply))).toContain("Plan: Verksamhetsplan 2025 IFO");
    const omsorgReply = await channelReply(bot, inChannel(bot, admin, `ledningskanal ${OMSORG}`));
    expect(cardText(firstCard(omsorgReply))).toContain("Plan: Verksamhetsplan 2025 Omsorg");

    await submitAs(
      bot,
      { upn: "megan.b@example.se", name: "Megan Bowen" },
      {
        planId: IFO,
        periodId: "T1",
        unitId: "ifo-mottagning",
        answers: { utredningstid: { value: "93" } },
      },
    );
    clock.set(AFTER_T1);
    await bot.app.services.summaries.sweep();
    const ifoPosts = postsTo(bot, SECOND_CHANNEL.id);
    const omsorgPosts = postsTo(bot, CHANNEL.id);
    expect(ifoPosts).toHaveLength(1);
    expect(String(ifoPosts[0]?.body.summary)).toContain("Tertial 1");
    expect(cardText(ifoPosts[0]?.body)).toContain("Verksamhetsplan 2025 IFO");
    expect(omsorgPosts.length).toBeGreaterThanOrEqual(1);
    expect(cardText(omsorgPosts[0]?.body)).toContain("Verksamhetsplan 2025 Omsorg");
  });

  test("when an admin presses a plan's button on the refusal, then that plan becomes theirs, the command runs on it at once, and works after", async () => {
    const [reply] = await bot.say(nora, "ansvariga");
    const choice = executeData(firstCard(reply ? [reply] : [])).find((a) => a.planId === OMSORG);
    const { verb: _verb, ...data } = choice ?? {};
    expect(data).toMatchObject({ command: "ansvariga" });
    const before = bot.connector.deliveredTo(nora.conversationId).length;
    const pressed = await invoke(bot, nora, VERBS.planChoose, data);
    expect(cardText(pressed.card)).toContain("Din plan är vald");
    expect(cardText(pressed.card)).toContain("Verksamhetsplan 2025 Omsorg");
    const ran = bot.connector.deliveredTo(nora.conversationId).slice(before);
    expect(ran.map((call) => cardText(call.body)).join("\n")).toContain("Hemtjänst Bastuträsk");
    const [again] = await bot.say(nora, "ansvariga");
    expect(cardText(firstCard(again ? [again] : []))).toContain("Hemtjänst Bastuträsk");
  });

  test("when a plan is archived, then it gets no more reminders and its data is kept", async () => {
    const [archived] = await bot.say(admin, `arkivera plan ${IFO}`);
    expect(cardText(firstCard(archived ? [archived] : []))).toContain("Planen är arkiverad");
    const [list] = await bot.say(admin, "planer");
    expect(cardText(firstCard(list ? [list] : []))).toContain("■ Arkiverad");
    const before = reminderCards(bot, lee).length;
    clock.set("2025-09-01T07:00:30Z"); // T2 opens in both plans
    await bot.app.services.reminders.runDue();
    expect(reminderCards(bot, lee)).toHaveLength(before);
    const megans = reminderCards(bot, megan);
    expect(cardText(megans[megans.length - 1])).not.toContain("IFO");
    // Its data is kept: the T1 summary can still be asked for.
    const [summary] = await bot.say(admin, `plan ${IFO}`);
    expect(cardText(firstCard(summary ? [summary] : []))).toContain(
      "Planen är arkiverad: den får inga påminnelser.",
    );
  });

  test("when the archived plan is restored, then it is followed again, audited, and restoring it twice changes nothing", async () => {
    const [restored] = await bot.say(admin, `återställ plan ${IFO}`);
    expect(cardText(firstCard(restored ? [restored] : []))).toContain("Planen följs igen");
    const [list] = await bot.say(admin, "planer");
    expect(cardText(firstCard(list ? [list] : []))).not.toContain("■ Arkiverad");
    expect(await bot.app.services.settings.plans.archived()).not.toContain(IFO);
    const [last] = await bot.app.services.audit.list(IFO);
    expect(last).toMatchObject({
      action: "settings.archivedPlans",
      before: "archived",
      after: null,
    });
    const [again] = await bot.say(admin, `återställ plan ${IFO}`);
    expect(again?.text).toContain("är inte arkiverad. Inget ändrades.");
  });
});

describe("Norrköping: the 2024 plan's Helår in February beside the 2025 plan", () => {
  let bot: BotHarness;
  const clock = new RunningClock("2025-01-20T09:00:00Z");
  const helena = testUser(11, "Helena Strand", "helena.strand@example.se");
  const fredrik = testUser(12, "Fredrik Lund", "fredrik.lund@example.se");

  beforeAll(async () => {
    bot = await startBot({
      users: [helena, fredrik],
      env: { BOT_ADMINS: "helena.strand@example.se", BOT_LOCALE: "sv" },
      now: () => clock.now(),
    });
    await load(bot, "plans/examples/norrkoping-von-2024.yaml");
    // Next year's plan, imported last: the old "active plan".
    await load(bot, "test/fixtures/plans/norrkoping-von-2025.yaml");
    for (const user of [helena, fredrik]) await install(bot, user);
    await channelReply(bot, inChannel(bot, helena, "ledningskanal norrkoping-von-2024"));
  });
  afterAll(() => bot.close());

  test("when Helår 2024 opens in February, then its reminders go out although the 2025 plan was imported after it", async () => {
    await bot.app.services.reminders.runDue();
    const jobs = await bot.app.services.store
      .table("ReminderJobs")
      .partition("norrkoping-von-2024");
    const opening = jobs.find((job) => job.periodId === "Helår" && job.stepKey === "opening");
    expect(opening?.state).toBe("scheduled");
    clock.set(new Date(new Date(String(opening?.at)).getTime() + 30_000).toISOString());
    await bot.app.services.reminders.runDue();
    const cards = reminderCards(bot, fredrik);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain("Helår (slutrapport i februari 2025)");
    const [list] = await bot.say(helena, "planer");
    const plans = cardText(firstCard(list ? [list] : []));
    expect(plans).toContain("▶ Öppen: Helår (slutrapport i februari 2025)");
    expect(plans).toContain("◷ Följs; nästa: Kvartal 1 (återrapport i april)");
  });

  test("when the reporter writes rapportera in February, then the open Helår 2024 report opens", async () => {
    const replies = await bot.say(fredrik, "rapportera");
    expect(cardText(firstCard(replies))).toContain("Helår");
  });

  test("when Helår's deadline has passed, then its summary is posted, and in April the 2025 plan's Q1 is reminded", async () => {
    clock.set("2025-03-04T09:00:00Z");
    await bot.app.services.summaries.sweep();
    const posts = postsTo(bot, CHANNEL.id);
    expect(posts).toHaveLength(1);
    expect(cardText(posts[0]?.body)).toContain("Vård- och omsorgsnämndens uppdragsplan 2024");
    await bot.app.services.reminders.runDue();
    const jobs = await bot.app.services.store
      .table("ReminderJobs")
      .partition("norrkoping-von-2025");
    const opening = jobs.find((job) => job.periodId === "Q1" && job.stepKey === "opening");
    clock.set(new Date(new Date(String(opening?.at)).getTime() + 30_000).toISOString());
    await bot.app.services.reminders.runDue();
    const cards = reminderCards(bot, fredrik);
    expect(cardText(cards[cards.length - 1])).toContain("Kvartal 1 (återrapport i april)");
  });
});
