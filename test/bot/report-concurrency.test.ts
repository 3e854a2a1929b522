import { VERBS } from "../../cards/verbs";
import { listUnitResults, readUnitState, reportHistory } from "../../services/reporting";
import { cardText, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import { inputsOf, invoke, press, type Card } from "../services/reporting/report-fixtures";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const PLAN = "norsjo-omsorg-2025";
const now = () => new Date("2025-05-07T10:00:00Z");

const answers = (sick: string) => ({
  "v:sjukfranvaro": sick,
  "v:budgetavvikelse": "0",
  "v:heltidsanstallda": "80",
  "s:fast-omsorgskontakt": "inProgress",
});

describe("two submits of the same report at once", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], now, env: { BOT_ADMINS: "admin@example.se" } });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  async function open(user: typeof megan, unitId: string): Promise<Card | undefined> {
    return (await invoke(bot, user, VERBS.reportOpen, { planId: PLAN, periodId: "T1", unitId }))
      .card;
  }

  test("when the same card is submitted twice at once (a double click), then both get the receipt and one version is stored", async () => {
    const card = await open(megan, "htj-norsjo");
    const [first, second] = await Promise.all([
      press(bot, megan, card, VERBS.reportSubmit, answers("6,2")),
      press(bot, megan, card, VERBS.reportSubmit, answers("6,2")),
    ]);
    for (const answer of [first, second]) {
      expect(cardText(answer.card)).toContain("Rapporten är inskickad");
      expect(cardText(answer.card)).toContain("(version 1)");
    }
    const state = await readUnitState(bot.app.services.store, PLAN, "T1", "htj-norsjo");
    expect(state.report?.version).toBe(1);
    const history = await reportHistory(bot.app.services.store, PLAN, "T1", "htj-norsjo");
    expect(history.filter((entry) => entry.action === "report.submit")).toHaveLength(1);
    expect(history.filter((entry) => entry.action === "result.change")).toHaveLength(4);
  });

  test("when two people submit different values at once, then one wins, the other sees the stored values and their own unsent answer, and nothing is lost", async () => {
    const meganCard = await open(megan, "htj-bastutrask");
    const adminCard = await open(admin, "htj-bastutrask");
    const [fromMegan, fromAdmin] = await Promise.all([
      press(bot, megan, meganCard, VERBS.reportSubmit, answers("5,5")),
      press(bot, admin, adminCard, VERBS.reportSubmit, answers("6,0")),
    ]);
    const outcomes = [fromMegan, fromAdmin].map((answer) =>
      cardText(answer.card).includes("Rapporten är inskickad") ? "receipt" : "conflict",
    );
    expect([...outcomes].sort()).toEqual(["conflict", "receipt"]);
    const [winner, loser] = outcomes[0] === "receipt" ? ["5,5", "6,0"] : ["6,0", "5,5"];
    const lost = outcomes[0] === "receipt" ? fromAdmin : fromMegan;
    const lostText = cardText(lost.card);
    expect(lostText).toContain("Någon annan skickade in rapporten");
    expect(lostText).toContain(`Sjukfrånvaro: ${loser}`);
    expect(inputsOf(lost.card)["v:sjukfranvaro"]).toBe(winner);

    const stored = await listUnitResults(bot.app.services.store, PLAN, "T1", "htj-bastutrask");
    expect(stored.find((result) => result.itemId === "sjukfranvaro")?.value).toBe(winner);

    // The loser enters their value again on the fresh card: it is submitted as the next version.
    const loserUser = outcomes[0] === "receipt" ? admin : megan;
    const retry = await press(bot, loserUser, lost.card, VERBS.reportSubmit, {
      "v:sjukfranvaro": loser,
    });
    expect(cardText(retry.card)).toContain("(version 2)");
    const history = await reportHistory(bot.app.services.store, PLAN, "T1", "htj-bastutrask");
    const changes = history
      .filter((entry) => entry.itemId === "sjukfranvaro")
      .map((entry) => [entry.version, (entry.after as { value: string }).value]);
    expect(changes).toEqual([
      [1, winner],
      [2, loser],
    ]);
  });

  test("when three people save and submit the same unit at once, then exactly one submit wins per version", async () => {
    const card = await open(admin, "omsorg");
    const data = {
      "s:lokalutredning": "inProgress",
      "s:sprakbedomning": "done",
      "s:lakemedelsautomater": "notStarted",
    };
    const answersOf = await Promise.all([
      press(bot, admin, card, VERBS.reportSubmit, data),
      press(bot, admin, card, VERBS.reportSubmit, { ...data, "s:sprakbedomning": "inProgress" }),
      press(bot, admin, card, VERBS.reportDraft, { ...data, "s:lokalutredning": "done" }),
    ]);
    expect(answersOf.every((answer) => answer.card !== undefined)).toBe(true);
    const state = await readUnitState(bot.app.services.store, PLAN, "T1", "omsorg");
    expect(state.report?.version).toBe(1);
    const history = await reportHistory(bot.app.services.store, PLAN, "T1", "omsorg");
    expect(history.filter((entry) => entry.action === "report.submit")).toHaveLength(1);
  });
});
