// The reminder as megan.b gets it, and as it refreshes once her reports are in, and the first
// greeting: filled by the real bot, parsed and drawn by Microsoft's Adaptive Cards renderer in
// headless Chromium (schema 1.5, no event, under Teams' limit), with screenshots in artifacts/cards/.
import path from "node:path";
import { VERBS } from "../../cards/verbs";
import { cardBytes, MAX_CARD_BYTES, type AdaptiveCard } from "../../cards/render";
import { CardRenderer, CHROMIUM_PATH } from "../support/card-renderer";
import {
  cardText,
  personalActivity,
  startBot,
  testUser,
  type BotHarness,
} from "../support/bot-harness";
import { invoke } from "../support/card-actions";
import { loadExamplePlan } from "../support/plans";
import { reportNorsjoT1 } from "../support/reports";

const ARTIFACTS = path.resolve(__dirname, "..", "..", "artifacts", "cards");
const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");

const available = CardRenderer.isAvailable();
if (!available)
  console.warn(
    `Reminder card rendering skipped: ${CHROMIUM_PATH} is not installed (CI installs it).`,
  );

function cardOf(body: Record<string, unknown> | undefined): AdaptiveCard {
  const attachment = (body?.attachments as { content: AdaptiveCard }[] | undefined)?.[0];
  if (!attachment) throw new Error("no card in the message");
  return attachment.content;
}

(available ? describe : describe.skip)("reminder cards in the Adaptive Cards renderer", () => {
  let bot: BotHarness;
  let renderer: CardRenderer;
  const cards = new Map<string, AdaptiveCard>();

  beforeAll(async () => {
    [bot, renderer] = await Promise.all([
      startBot({
        users: [admin, megan],
        env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
        now: () => new Date("2025-05-12T09:00:00Z"),
      }),
      CardRenderer.launch(),
    ]);
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await bot.post({
      ...personalActivity(megan, bot.connector.url),
      type: "installationUpdate",
      action: "add",
    });
    cards.set("greeting", cardOf(bot.connector.deliveredTo(megan.conversationId)[0]?.body));
    await bot.say(admin, "påminn T1");
    await bot.app.services.reminders.idle();
    const reminder = bot.connector
      .deliveredTo(megan.conversationId)
      .find((call) => cardText(call.body).includes("Rapportera nu"));
    const card = cardOf(reminder?.body);
    cards.set("reminder", card);
    await reportNorsjoT1(bot);
    const refresh = card.refresh as { action: { data: unknown } };
    const { card: refreshed } = await invoke(
      bot,
      megan,
      VERBS.reminderRefresh,
      refresh.action.data,
    );
    cards.set("reminder-reported", refreshed as AdaptiveCard);
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
    await bot?.close();
  });

  test.each(["greeting", "reminder", "reminder-reported"])(
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
