// The leadership summary's cards, filled by the real bot from Norsjö T1 reports, parsed and drawn by
// Microsoft's Adaptive Cards renderer in headless Chromium: no parse or validation event for schema
// 1.5, under Teams' size limit, and a screenshot in artifacts/cards/ for reviewers.
import path from "node:path";
import { VERBS } from "../../cards/verbs";
import { cardBytes, MAX_CARD_BYTES, type AdaptiveCard } from "../../cards/render";
import { CardRenderer, CHROMIUM_PATH } from "../support/card-renderer";
import { startBot, testUser, type BotHarness } from "../support/bot-harness";
import { invoke } from "../support/card-actions";
import { loadExamplePlan } from "../support/plans";
import { reportNorsjoT1 } from "../support/reports";

const ARTIFACTS = path.resolve(__dirname, "..", "..", "artifacts", "cards");
const admin = testUser(1, "Alex Admin", "admin@example.se");
const PLAN = "norsjo-omsorg-2025";

const available = CardRenderer.isAvailable();
if (!available)
  console.warn(
    `Summary card rendering skipped: ${CHROMIUM_PATH} is not installed (CI installs it).`,
  );

async function execute(
  bot: BotHarness,
  verb: string,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const { card } = await invoke(bot, admin, verb, data);
  return card as AdaptiveCard;
}

(available ? describe : describe.skip)("summary cards in the Adaptive Cards renderer", () => {
  let bot: BotHarness;
  let renderer: CardRenderer;
  const cards = new Map<string, AdaptiveCard>();

  beforeAll(async () => {
    [bot, renderer] = await Promise.all([
      startBot({
        users: [admin],
        env: { BOT_ADMINS: "admin@example.se" },
        now: () => new Date("2025-05-12T09:00:00Z"),
      }),
      CardRenderer.launch(),
    ]);
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await reportNorsjoT1(bot);
    const ids = { planId: PLAN, periodId: "T1" };
    cards.set("summary-overview", await execute(bot, VERBS.summaryOverview, ids));
    cards.set(
      "summary-area",
      await execute(bot, VERBS.summaryArea, { ...ids, areaId: "kf", page: 0 }),
    );
    cards.set(
      "summary-unit",
      await execute(bot, VERBS.summaryUnit, { ...ids, unitId: "sabo-norrgarden" }),
    );
    cards.set("summary-missing", await execute(bot, VERBS.summaryMissing, { ...ids, page: 0 }));
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
    await bot?.close();
  });

  test.each(["summary-overview", "summary-area", "summary-unit", "summary-missing"])(
    "when %s is drawn, then it parses for schema 1.5 with no event, fits Teams, and is kept as a screenshot",
    async (name) => {
      const card = cards.get(name);
      expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
      expect(cardBytes(card as AdaptiveCard)).toBeLessThan(MAX_CARD_BYTES);
      expect(await renderer.render(card ?? {})).toEqual([]);
      await renderer.screenshot(path.join(ARTIFACTS, `${name}.png`));
    },
  );
});
