import { registerCardAction } from "../../bot/card-actions";
import { helpCard } from "../../cards/help-card";
import { DomainError } from "../../services/errors";
import {
  startBot,
  testUser,
  personalActivity,
  cardText,
  type BotHarness,
} from "../support/bot-harness";

const anna = testUser(1, "Anna Berg", "anna.berg@example.se");

// A verb of this test's own: the card shows back who acted and what data came.
registerCardAction("test.echo", async ({ sender, data }) => ({
  kind: "card",
  card: helpCard({
    title: `Eko: ${sender.upn}`,
    intro: JSON.stringify(data),
    groups: [],
    footer: "",
  }),
}));
registerCardAction("test.refuse", async () => {
  throw new DomainError("FORBIDDEN", "Det får du inte.");
});

function invoke(bot: BotHarness, verb: string, data: unknown) {
  return bot.post({
    ...personalActivity(anna, bot.connector.url),
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data } },
  });
}

describe("card actions", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [anna] });
  });
  afterAll(() => bot.close());

  test("when an Action.Execute comes, then the handler's card is the invoke response", async () => {
    const { status, body } = await invoke(bot, "test.echo", { unit: "htj-norsjo" });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
    });
    const text = cardText((body as { value: unknown }).value);
    expect(text).toContain("Eko: anna.berg@example.se");
    expect(text).toContain('{"unit":"htj-norsjo"}');
  });

  test("when the handler refuses, then the person gets its Swedish message", async () => {
    const { body } = await invoke(bot, "test.refuse", {});
    expect(body).toMatchObject({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: "Det får du inte.",
    });
  });

  test("when the verb is unknown, then the person is told the card is no longer known", async () => {
    const { body } = await invoke(bot, "no.such.verb", {});
    expect((body as { value: string }).value).toContain("Det kortet känner jag inte igen");
  });

  test("when an Action.Submit comes as a message with a value, then the card it answers is updated in place", async () => {
    const { status } = await bot.post({
      ...personalActivity(anna, bot.connector.url),
      type: "message",
      replyToId: "card-activity-1",
      value: { verb: "test.echo", unit: "sabo-alvgarden" },
    });
    expect(status).toBe(200);
    const [update] = bot.connector.calls.filter((c) => c.kind === "update");
    expect(update?.activityId).toBe("card-activity-1");
    expect(cardText(update?.body)).toContain('{"unit":"sabo-alvgarden"}');
  });
});
