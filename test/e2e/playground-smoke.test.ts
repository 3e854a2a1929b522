// A first conversation in the Agents Playground: install, hjälp, importera plan with the file, and
// ledningskanal in the team's channel. Skipped when the Playground cannot start here.
import fs from "node:fs";
import path from "node:path";
import { spawnBot, type SpawnedBot } from "../support/spawn-bot";
import { testConnectionString, uniquePrefix } from "../support/storage";
import { serveFiles } from "./support/file-server";
import { ADMIN, othersThan } from "./support/people";
import { CHANNEL, Playground, cardOf, personalChatId } from "./support/playground";
import { cardText } from "../support/bot-harness";

const root = path.resolve(__dirname, "..", "..");

describe("the bot in the Agents Playground", () => {
  let bot: SpawnedBot;
  let playground: Playground;
  let files: Awaited<ReturnType<typeof serveFiles>>;
  beforeAll(async () => {
    bot = await spawnBot({
      PORT: "0",
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: uniquePrefix(),
      BOT_ADMINS: ADMIN.upn,
      BOT_LOCALE: "sv",
    });
    files = await serveFiles({
      "norsjo.yaml": fs.readFileSync(path.join(root, "plans/examples/norsjo-omsorg-2025.yaml")),
    });
    playground = await Playground.start(
      `http://127.0.0.1:${bot.port}/api/messages`,
      ADMIN,
      othersThan(ADMIN),
    );
  }, 60_000);
  afterAll(async () => {
    await playground?.stop();
    await files?.close();
    await bot?.stop();
  });

  test("when the admin installs the app, then they are greeted with the help card", async () => {
    await playground.install();
    const greeting = await playground.waitFor(
      (m) => `${m.text} ${cardText(cardOf(m))}`.includes("Hej Alex Admin"),
      "the greeting",
    );
    expect(greeting.conversationId).toBe(personalChatId(ADMIN));
  });

  test("when the admin sends the plan file with importera plan, then the plan summary card comes back", async () => {
    await playground.sendWithAttachments("importera plan", [
      {
        contentType: "application/vnd.microsoft.teams.file.download.info",
        name: "norsjo.yaml",
        content: { downloadUrl: files.url("norsjo.yaml"), uniqueId: "1", fileType: "yaml" },
      },
    ]);
    const reply = await playground.waitFor(
      (m) => cardText(cardOf(m)).includes("Planen är importerad"),
      "the import card",
    );
    expect(cardText(cardOf(reply))).toContain("Verksamhetsplan 2025 Omsorg");
  });

  test("when the admin says ledningskanal in the channel, then the channel is confirmed", async () => {
    await playground.sayInChannel("ledningskanal");
    const reply = await playground.waitFor(
      (m) => cardText(cardOf(m)).includes("Ledningskanal vald"),
      "the channel confirmation",
    );
    expect(reply.conversationId.startsWith(CHANNEL.id)).toBe(true);
  });
});
