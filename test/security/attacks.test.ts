// The attacks of issue 12 that must now fail, each through the bot's HTTP endpoint against the real
// Azurite: the refusal the attacker gets, and that no stored row changed (refusals counted in the
// audit log aside). Items 1–3, 7, 9 and 10; docs/security.md lists them with their results.
import { VERBS } from "../../cards/verbs";
import { createLogger } from "../../services/logging/logger";
import {
  personalActivity,
  startBot,
  testUser,
  type Activity,
  type BotHarness,
} from "../support/bot-harness";
import { invoke, press } from "../support/card-actions";
import { markdownTexts, renderMarkdown } from "../support/markdown-check";
import { loadExamplePlan } from "../support/plans";
import { snapshot } from "../support/table-snapshot";

const PLAN = "norsjo-omsorg-2025";
const now = () => new Date("2025-05-12T09:00:00Z");
const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const stranger = testUser(9, "Sam Stranger", "sam.s@example.se");

describe("attacks on a running bot", () => {
  let bot: BotHarness;
  let prefix: string;
  const lines: string[] = [];
  beforeAll(async () => {
    const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
    bot = await startBot({
      users: [admin, megan, stranger],
      env: { BOT_ADMINS: "admin@example.se" },
      now,
      logger,
    });
    prefix = bot.app.services.config.storage.tablePrefix;
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    for (const user of [admin, megan, stranger]) await bot.say(user, "hjälp");
  });
  afterAll(() => bot.close());

  /** Runs the attack; no stored row changes (but for the tables named, e.g. the person's drafts). */
  async function unchanged(attack: () => Promise<void>, except: string[] = []): Promise<void> {
    const without = (rows: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(rows).filter(([table]) => !except.includes(table)));
    const before = await snapshot(prefix);
    await attack();
    await bot.app.services.refusals.flush();
    expect(without((await snapshot(prefix)).rows)).toEqual(without(before.rows));
  }

  test.each([
    [VERBS.summaryUnit, { planId: PLAN, periodId: "T1", unitId: "htj-norsjo" }],
    [VERBS.summaryMissing, { planId: PLAN, periodId: "T1" }],
    [VERBS.summaryArea, { planId: PLAN, periodId: "T1", areaId: "kf" }],
    [VERBS.summaryAnswers, { planId: PLAN, periodId: "T1", itemId: "helhetssyn-sabo" }],
  ])(
    "1: when a stranger presses %s, then it is refused and nothing is read out or stored",
    async (verb, data) => {
      await unchanged(async () => {
        const answer = await invoke(bot, stranger, verb, data);
        expect(answer.card).toBeUndefined();
        expect(answer.message).toMatch(
          /Sammanställningen kan bara ledningen och administratörer se/,
        );
      });
    },
  );

  test("2: when a reporter's comment is a disguised link, then the receipt and the drill-down show it as text", async () => {
    const phishing = "Se [Åtgärdsplan – logga in här](https://evil.example/phish) **BRÅDSKANDE**";
    const form = await invoke(bot, megan, VERBS.reportOpen, {
      planId: PLAN,
      periodId: "T1",
      unitId: "htj-norsjo",
    });
    const receipt = await press(bot, megan, form.card, VERBS.reportSubmit, {
      "v:sjukfranvaro": "6,0",
      "v:budgetavvikelse": "0",
      "v:heltidsanstallda": "60",
      "s:fast-omsorgskontakt": "delayed",
      "c:fast-omsorgskontakt": phishing,
    });
    const area = await invoke(bot, admin, VERBS.summaryArea, {
      planId: PLAN,
      periodId: "T1",
      areaId: "ledningsgruppen",
    });
    for (const card of [receipt.card, area.card]) {
      const texts = markdownTexts(card);
      expect(texts.join("\n")).toContain("Åtgärdsplan");
      for (const text of texts) expect(renderMarkdown(text).markup).toEqual([]);
    }
  });

  test("3: when -1 is reported for Sjukfrånvaro (%), then it is refused with the range and nothing is judged or stored", async () => {
    await unchanged(async () => {
      const form = await invoke(bot, megan, VERBS.reportOpen, {
        planId: PLAN,
        periodId: "T1",
        unitId: "htj-bastutrask",
      });
      const answer = await press(bot, megan, form.card, VERBS.reportSubmit, {
        "v:sjukfranvaro": "-1",
        "v:budgetavvikelse": "0",
        "v:heltidsanstallda": "60",
        "s:fast-omsorgskontakt": "inProgress",
      });
      const text = JSON.stringify(answer.card);
      expect(text).toContain(
        "−1\u00a0% är inte möjligt för Sjukfrånvaro: värdet ska vara mellan 0\u00a0% och 100\u00a0%",
      );
      expect(text).not.toMatch(/(Grön|Gul|Röd): [-−]1/);
      // What was typed is kept as the person's draft, as with every refused submit; no result.
    }, ["ReportDrafts"]);
  });

  test.each<[string, Record<string, unknown>]>([
    ["text a number", { text: 42 }],
    ["attachments an object", { text: "hjälp", attachments: { contentType: "x" } }],
    ["from null", { text: "hjälp", from: null }],
  ])(
    "7: when an activity has %s, then it gets 400 and one warn line without a stack",
    async (_case, fields) => {
      await unchanged(async () => {
        lines.length = 0;
        const { status } = await bot.post({
          ...personalActivity(megan, bot.connector.url),
          type: "message",
          ...fields,
        });
        expect(status).toBe(400);
        const logged = lines.map((line) => JSON.parse(line) as { level: number; msg: string });
        expect(logged.filter((l) => l.level >= 40)).toEqual([
          expect.objectContaining({ level: 40, msg: "malformed activity refused" }),
        ]);
        expect(lines.join("\n")).not.toMatch(/stack|TypeError/);
      });
    },
  );

  test.each([
    ["ansvarig Hemtjänst Norsjö x'or'1'eq'1@evil.se", /tecknet '/],
    ["ansvarig Hemtjänst Norsjö x@y.z' or RowKey ne '", /mellanslag/],
    ["admin lägg till x'or'1'eq'1@evil.se", /tecknet '/],
    ["admin lägg till x@y.z' or RowKey ne '", /mellanslag/],
    ["ledning lägg till x@y.z' or RowKey ne '", /mellanslag/],
  ])(
    "10: when an admin writes %j, then it is refused with the reason and nothing is stored, not even a cut address",
    async (text, reason) => {
      await unchanged(async () => {
        const [reply] = await bot.say(admin, text);
        expect(reply?.text).toMatch(reason);
      });
    },
  );

  test("10: when a stranger sends 60 forged card actions in a minute, then the audit log counts them in at most two rows", async () => {
    const before = await snapshot(prefix);
    for (let i = 0; i < 60; i += 1) {
      await invoke(bot, stranger, VERBS.summaryUnit, {
        planId: PLAN,
        periodId: "T1",
        unitId: "htj-norsjo",
      });
    }
    await bot.app.services.refusals.flush();
    const after = await snapshot(prefix);
    expect(after.rows).toEqual(before.rows);
    const added = after.refusals.length - before.refusals.length;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(2);
    const counted = after.refusals
      .map((row) => JSON.parse(String((row as { after: string }).after)) as { count?: number })
      .reduce((sum, facts) => sum + (facts.count ?? 1), 0);
    expect(counted - before.refusals.length).toBeGreaterThanOrEqual(60);
  });
});

describe("7: forged tokens", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      env: {
        MICROSOFT_APP_ID: "22222222-2222-2222-2222-222222222222",
        MICROSOFT_APP_PASSWORD: "not-a-real-secret",
      },
      users: [megan],
    });
  });
  afterAll(() => bot.close());

  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  test.each([
    [
      "a token signed with a key whose key set cannot be fetched",
      [
        b64({ alg: "RS256", kid: "forged", typ: "JWT" }),
        b64({
          iss: "https://api.botframework.com",
          aud: "22222222-2222-2222-2222-222222222222",
          exp: 4_000_000_000,
        }),
        "c2lnbmF0dXJl",
      ].join("."),
    ],
    ["an unsigned token", [b64({ alg: "none" }), b64({ aud: "2222" }), ""].join(".")],
    ["not a token at all", "garbage"],
  ])(
    "when a request carries %s, then it gets 401 with no internal text and nothing runs",
    async (_case, token) => {
      const { status, body } = await bot.post(
        { ...personalActivity(megan, bot.connector.url), type: "message", text: "hjälp" },
        { authorization: `Bearer ${token}` },
      );
      expect(status).toBe(401);
      expect(body).toEqual({ error: "Inte behörig." });
      expect(bot.connector.calls).toHaveLength(0);
    },
  );
});

describe("9: the Bot Connector unreachable while answering", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [] });
  });
  afterAll(() => bot.close());

  test("when the roster does not answer, then the answer still comes and the person is not looked up again", async () => {
    bot.connector.setDelay(3_000);
    const first = await bot.say(megan, "hjälp");
    expect(first[0]?.attachments).toHaveLength(1);
    const lookups = () => bot.connector.calls.filter((call) => call.kind === "members").length;
    const afterFirst = lookups();
    const second = await bot.say(megan, "hjälp");
    expect(second[0]?.attachments).toHaveLength(1);
    expect(lookups()).toBe(afterFirst);
    bot.connector.setDelay(0);
  });

  test("when the connector refuses connections, then the answer still comes", async () => {
    await bot.connector.stop();
    const replies: Activity[] = await bot.say(
      testUser(12, "Ny Person", "ny.p@example.se"),
      "hjälp",
    );
    expect(replies[0]?.attachments).toHaveLength(1);
  });
});
