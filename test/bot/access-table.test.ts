// Every chat command and every card verb × every role, through the bot's HTTP endpoint: the access
// policy's whole table, with the outcome each role gets. "allowed" means the policy let the handler
// run (which may still answer that an argument is missing); "refused" means a refusal before it.
import { COMMANDS, type CommandId } from "../../bot/commands/catalog";
import { VERBS, type Verb } from "../../cards/verbs";
import {
  CHANNEL,
  TEAM,
  TENANT,
  personalActivity,
  startBot,
  testUser,
  type Activity,
  type BotHarness,
  type TestUser,
} from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";

const PLAN = "norsjo-omsorg-2025";
const FOREIGN_TENANT = "55555555-5555-5555-5555-555555555555";
// 12 May 2025: Norsjö's T1 is open (2–16 May).
const now = () => new Date("2025-05-12T09:00:00Z");

const admin = testUser(1, "Alex Admin", "admin@example.se");
const leader = testUser(3, "Lena Ledning", "lena.l@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se"); // reports for htj-norsjo
const adele = testUser(4, "Adele Vance", "adele.v@example.se"); // reports for sabo-norrgarden
const stranger = testUser(9, "Sam Stranger", "sam.s@example.se");
const member = testUser(5, "Kim Kanal", "kim.k@example.se"); // in the leadership channel only

type Role = "admin" | "leadership" | "reporter" | "otherReporter" | "stranger" | "foreignTenant";
const ROLES: [Role, TestUser][] = [
  ["admin", admin],
  ["leadership", leader],
  ["reporter", megan],
  ["otherReporter", adele],
  ["stranger", stranger],
  ["foreignTenant", admin],
];

type Who = Role[];
const EVERYONE: Who = ["admin", "leadership", "reporter", "otherReporter", "stranger"];
const WITH_A_ROLE: Who = ["admin", "leadership", "reporter", "otherReporter"];
const REPORTERS: Who = ["admin", "reporter", "otherReporter"];
const OF_THE_UNIT: Who = ["admin", "reporter"];
const LEADERSHIP: Who = ["admin", "leadership"];
const ADMINS: Who = ["admin"];

/** What each command is typed as, and who may run it (the foreign tenant never may). */
const COMMAND_TABLE: Record<CommandId, [string, Who]> = {
  help: ["hjälp", EVERYONE],
  listPeriods: ["perioder", WITH_A_ROLE],
  report: ["rapportera T1", REPORTERS],
  importPlan: ["importera plan", ADMINS],
  reopenReport: ["öppna rapport T1 Hemtjänst Norsjö", ADMINS],
  setDeadline: ["deadline T1 2025-05-16", ADMINS],
  setOpens: ["öppna T1 2025-05-02", ADMINS],
  setReminderDays: ["påminnelser T1 7 3 1", ADMINS],
  remindNow: ["påminn T2", ADMINS],
  listResponsibles: ["ansvariga", ADMINS],
  assignResponsible: ["ansvarig Hemtjänst Bastuträsk megan.b@example.se", ADMINS],
  summarize: ["sammanställ T1", ADMINS],
  exportPeriod: ["exportera T1", ADMINS],
  adminAdd: ["admin lägg till ny.admin@example.se", ADMINS],
  adminRemove: ["admin ta bort ny.admin@example.se", ADMINS],
  adminList: ["administratörer", ADMINS],
  leadershipChannel: ["ledningskanal", ADMINS],
  leadershipAdd: ["ledning lägg till ny.ledare@example.se", ADMINS],
  leadershipRemove: ["ledning ta bort ny.ledare@example.se", ADMINS],
  leadershipList: ["ledning", ADMINS],
  listComparisons: ["jämförelsevärden T1", ADMINS],
  setComparison: ["jämförelsevärde sjukfranvaro Hemtjänst Norsjö 6,5 2024", ADMINS],
  deputies: ["ersättare", ADMINS],
  absence: ["frånvarande till 2025-05-20 ersättare isaiah.l@example.se", REPORTERS],
  listPlans: ["planer", ADMINS],
  choosePlan: [`plan ${PLAN}`, ADMINS],
  archivePlan: ["arkivera plan okänd-plan", ADMINS],
  restorePlan: ["återställ plan okänd-plan", ADMINS],
  adminScope: ["admin förvaltning Omsorg ny.admin@example.se", ADMINS],
};

const ids = { planId: PLAN, periodId: "T1" };
const report = { ...ids, unitId: "htj-norsjo", version: 0, page: 0 };
/** The data each verb's card sends, and who may press it. */
const VERB_TABLE: Record<Verb, [Record<string, unknown>, Who]> = {
  [VERBS.reportOpen]: [{ ...ids, unitId: "htj-norsjo" }, OF_THE_UNIT],
  [VERBS.reportDraft]: [report, OF_THE_UNIT],
  [VERBS.reportPage]: [{ ...report, target: 0 }, OF_THE_UNIT],
  [VERBS.reportSubmit]: [report, OF_THE_UNIT],
  [VERBS.reminderRefresh]: [{ ...ids, unitIds: ["htj-norsjo"] }, REPORTERS],
  [VERBS.summaryOverview]: [ids, LEADERSHIP],
  [VERBS.summaryArea]: [{ ...ids, areaId: "kf" }, LEADERSHIP],
  [VERBS.summaryUnit]: [{ ...ids, unitId: "htj-norsjo" }, LEADERSHIP],
  [VERBS.summaryIndicator]: [{ ...ids, itemId: "sjukfranvaro" }, LEADERSHIP],
  [VERBS.summaryAnswers]: [{ ...ids, itemId: "helhetssyn-sabo" }, LEADERSHIP],
  [VERBS.summaryMissing]: [ids, LEADERSHIP],
  [VERBS.summaryRemindMissing]: [ids, ADMINS],
  [VERBS.responsiblesInstallApp]: [{ planId: PLAN }, ADMINS],
  // Norsjö's HR role (hanna.hr) is none of these people: only an admin may open its card.
  [VERBS.roleReportOpen]: [{ ...ids, roleId: "HR" }, ADMINS],
  [VERBS.roleReportDraft]: [{ ...ids, unitId: "HR", version: 0, page: 0 }, ADMINS],
  [VERBS.roleReportPage]: [{ ...ids, unitId: "HR", version: 0, page: 0, target: 0 }, ADMINS],
  [VERBS.roleReportSubmit]: [{ ...ids, unitId: "HR", version: 0, page: 0 }, ADMINS],
  [VERBS.planChoose]: [{ planId: PLAN, purpose: "work" }, ADMINS],
};

const REFUSALS = [
  /Det kan bara administratörer använda/,
  /Sammanställningen kan bara ledningen och administratörer se/,
  /Du rapporterar inte för/,
  /Du är inte ansvarig för rapportering för någon enhet/,
  /Jag känner inte igen dig som rapportör, ledning eller administratör/,
  /Din organisation har inte tillgång/,
  /Du ingår inte i rollen/,
];

type Outcome = "allowed" | "refused";
const outcomeOf = (status: number, texts: string[]): Outcome =>
  status === 403 || texts.some((text) => REFUSALS.some((refusal) => refusal.test(text)))
    ? "refused"
    : "allowed";

function envelope(user: TestUser, role: Role, bot: BotHarness, inChannel = false) {
  const base = personalActivity(user, bot.connector.url);
  if (role === "foreignTenant") {
    return {
      ...base,
      conversation: { id: "a:foreign", conversationType: "personal", tenantId: FOREIGN_TENANT },
      channelData: { tenant: { id: FOREIGN_TENANT } },
    };
  }
  if (!inChannel) return base;
  return {
    ...base,
    conversation: {
      id: `${CHANNEL.id};messageid=1700000000001`,
      conversationType: "channel",
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: { tenant: { id: TENANT }, team: TEAM, channel: CHANNEL },
  };
}

describe("who may do what: every command and verb × every role", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, leader, megan, adele, stranger, member],
      env: { BOT_ADMINS: "admin@example.se", ALLOWED_TENANTS: TENANT },
      now,
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await bot.app.services.leadership.add("lena.l@example.se", "test");
    await bot.app.services.settings.setLeadershipChannel(
      { conversationId: CHANNEL.id, name: CHANNEL.name, teamId: TEAM.id },
      "test",
    );
  });
  afterAll(() => bot.close());

  test("when the table is read, then it lists every command and every verb", () => {
    expect(Object.keys(COMMAND_TABLE).sort()).toEqual(COMMANDS.map((c) => c.id).sort());
    expect(Object.keys(VERB_TABLE).sort()).toEqual(Object.values(VERBS).sort());
  });

  const commandCases = Object.entries(COMMAND_TABLE).flatMap(([id, [text, who]]) =>
    ROLES.map(([role, user]) => ({ id, text, role, user, expected: outcome(who, role) })),
  );
  test.each(commandCases)(
    "when $role writes $text, then it is $expected",
    async ({ id, text, role, user, expected }) => {
      const inChannel = COMMANDS.find((c) => c.id === id)?.where === "channel";
      const activity = {
        ...envelope(user, role, bot, inChannel),
        type: "message",
        text: inChannel ? `<at>Uppföljningsboten</at> ${text}` : text,
        deliveryMode: "expectReplies",
      };
      const { status, body } = await bot.post(activity);
      const replies = (body as { activities?: Activity[] } | undefined)?.activities ?? [];
      expect(
        outcomeOf(
          status,
          replies.map((r) => r.text ?? ""),
        ),
      ).toBe(expected);
    },
  );

  const verbCases = Object.entries(VERB_TABLE).flatMap(([verb, [data, who]]) => [
    ...ROLES.map(([role, user]) => ({ verb, data, role, user, inChannel: false, who })),
    // A member of the leadership channel pressing the summary's buttons there.
    { verb, data, role: "leadership" as Role, user: member, inChannel: true, who },
  ]);
  test.each(verbCases)(
    "when $role ($user.name) presses $verb, then the policy answers as the table says",
    async ({ verb, data, role, user, inChannel, who }) => {
      const { status, body } = await bot.post({
        ...envelope(user, role, bot, inChannel),
        type: "invoke",
        name: "adaptiveCard/action",
        value: { action: { type: "Action.Execute", verb, data } },
      });
      // A refusal is a message, or Teams' error body (403) for a tenant refused at the edge.
      const answer = body as
        { statusCode?: number; value?: string | { message?: string } } | undefined;
      const text =
        typeof answer?.value === "string" ? answer.value : (answer?.value?.message ?? "");
      const code = answer?.statusCode === 403 ? 403 : status;
      expect(outcomeOf(code, [text])).toBe(outcome(who, role));
    },
  );
});

function outcome(who: Who, role: Role): Outcome {
  return who.includes(role) ? "allowed" : "refused";
}
